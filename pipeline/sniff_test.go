package pipeline

import (
	"fmt"
	"strings"
	"testing"
)

// TestIsPage pins how a document is told to be an HTML page: by a page tag
// in any case near its start, followed by a tag's end, whatever its name.
func TestIsPage(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"a.txt", "<!DOCTYPE html><p>x", true},
		{"a.txt", "<?xml version=\"1.0\"?>\n<HTML lang=en>", true},
		{"a.txt", "<Body>", true},
		{"a.txt", "text then <head", true},
		{"a.txt", "<html/>", true},
		{"a.txt", "<htmlx> is no tag, nor is <headline>", false},
		{"a.txt", "he wrote <b>bold</b> and <bodyguard>", false},
		{"a.txt", "plain text, no markup", false},
		{"a.txt", "", false},
		{"a.txt", "a < b and <", false},
		{"a.txt", strings.Repeat("x", 64<<10) + "<html>", false},
		{"frag.html", "<p>a fragment</p>", true},
		{"frag.txt", "<p>a fragment</p>", false},
	} {
		if got := isPage([]byte(c.body), c.name); got != c.want {
			t.Errorf("isPage(%.40q, %q) = %v, want %v", c.body, c.name, got, c.want)
		}
	}
}

// TestHasControlByte checks the eight-byte test of notText against a byte
// by byte one, each byte value at each place among plain and non-ASCII
// neighbours.
func TestHasControlByte(t *testing.T) {
	for _, fill := range []byte{'a', ' ', 0x20, 0x7f, 0x80, 0xc3, 0xff} {
		for k := range 8 {
			for c := range 256 {
				w := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				w[k] = byte(c)
				want := false
				for _, b := range w {
					want = want || b < 0x20
				}
				if got := hasControlByte(w); got != want {
					t.Fatalf("%x: got %v, want %v", w, got, want)
				}
			}
		}
	}
}

// TestNotTextByteByByte checks notText's eight-byte scan against a byte
// by byte one: control bytes, NULs and text bytes at every pair of places
// in texts of up to 40 bytes, where one control byte in a short text is
// already too many.
func TestNotTextByteByByte(t *testing.T) {
	slow := func(b []byte) string {
		control := 0
		for _, c := range b {
			if c == 0 {
				return "NUL bytes"
			}
			if binaryByte[c] {
				control++
			}
		}
		if control > len(b)/100 {
			return fmt.Sprintf("%d control bytes", control)
		}
		return ""
	}
	bytesAt := []byte{0, 1, 0x08, '\t', '\n', 0x0b, '\r', 0x1b, 0x1f, ' ', 0x7f, 0xc3}
	for n := 1; n <= 40; n++ {
		for j := range n {
			for k := j; k < n; k++ {
				for _, a := range bytesAt {
					for _, c := range bytesAt {
						b := []byte(strings.Repeat("Talks went on. ", 3))[:n]
						b[j], b[k] = a, c
						if got, want := notText(b), slow(b); got != want {
							t.Fatalf("notText(%q) = %q, want %q", b, got, want)
						}
					}
				}
			}
		}
	}
	long := []byte(strings.Repeat("Talks went on.\n", 100))
	long[700], long[900] = 1, 0x1f
	if got, want := notText(long), slow(long); got != want {
		t.Errorf("notText(long) = %q, want %q", got, want)
	}
}

// Package jsonstr writes JSON strings without reflection, for
// hand-written encoders (extract's records, the lines of `newsdesk
// extract`, the quote listings of serve), byte for byte as encoding/json
// writes them.
package jsonstr

import (
	"math/bits"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// Append appends s as a JSON string the way an encoding/json Encoder does
// with HTML escaping off: control characters escaped (\b, \f, \n, \r, \t
// by name), invalid UTF-8 as U+FFFD, and U+2028 and U+2029 escaped, since
// JavaScript reads them as line ends.
func Append(b []byte, s string) []byte { return appendString(b, s, false) }

// AppendHTMLSafe is Append with <, > and & escaped too, as json.Marshal
// writes strings.
func AppendHTMLSafe(b []byte, s string) []byte { return appendString(b, s, true) }

func appendString(b []byte, s string, html bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i = skipPlain(s, i, html); i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf { // one that needs escaping
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Bytes repeated in each byte of a word, for testing eight bytes at once.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// skipPlain returns the index of the first byte from i on that is
// written other than as itself: a control character, '"', '\\', one of
// "<>&" when html is set, or any byte of a rune beyond ASCII; len(s) when
// there is none. Most of an article is plain ASCII text, passed over eight
// bytes at a time; the last few bytes of s are tested as one word too,
// with plain bytes put after them.
func skipPlain(s string, i int, html bool) int {
	for ; i < len(s); i += 8 {
		var x uint64
		if i+8 <= len(s) {
			x = word(s[i : i+8])
		} else {
			x = lastWord(s, i)
		}
		// below 0x20 or '"' (0x22): with bit 1 flipped, these and only
		// these are below 0x21 (the high bit is checked apart); or '\\',
		// or, with bit 1 set, '<' or '>' (0x3c, 0x3e) are '>'. The lowest
		// byte marked is such a byte (one above it may be marked by a
		// borrow out of it).
		y := x ^ 0x02*ones
		special := (y-0x21*ones)&^y | hasByte(x, '\\')
		if html {
			special |= hasByte(x|0x02*ones, '>') | hasByte(x, '&')
		}
		if m := (x | special) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	return len(s)
}

// lastWord is the last bytes of s from i on, fewer than eight, as a word
// with plain bytes ('a') after them.
func lastWord(s string, i int) uint64 {
	n := len(s) - i
	var x uint64
	if len(s) >= 8 {
		x = word(s[len(s)-8:]) >> (8 * (8 - n))
	} else {
		for k := len(s) - 1; k >= i; k-- {
			x = x<<8 | uint64(s[k])
		}
	}
	return x | 'a'*ones<<(8*n)
}

// word is the eight bytes of w, the first the lowest.
func word(w string) uint64 {
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// hasByte has a high bit set in some byte when a byte of x is c: a byte
// of x^c*ones is 0 there. (It may set bits for other bytes too, but only
// when one of them is c.)
func hasByte(x uint64, c byte) uint64 {
	v := x ^ uint64(c)*ones
	return (v - ones) &^ v
}

package fetch_test

import (
	"testing"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
)

func TestDecodeText(t *testing.T) {
	for _, tt := range []struct {
		name, in, want, charset string
	}{
		{"utf-8", "Zürich talks", "Zürich talks", "utf-8"},
		{"byte order mark", "\xef\xbb\xbfZürich", "Zürich", "utf-8"},
		{"latin-1 text", "Z\xfcrich talks", "Zürich talks", "windows-1252"},
		{"utf-16 with its mark", "\xff\xfeZ\x00\xfc\x00", "Zü", "utf-16le"},
		{"html meta charset", `<html><head><meta charset="iso-8859-2"></head><body>` + "\xa3\xf3d\xbc" + `</body></html>`,
			`<html><head><meta charset="iso-8859-2"></head><body>Łódź</body></html>`, "iso-8859-2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := fetch.DecodeText([]byte(tt.in))
			if string(got) != tt.want || cs != tt.charset {
				t.Errorf("DecodeText(%q) = %q, %s; want %q, %s", tt.in, got, cs, tt.want, tt.charset)
			}
		})
	}
}

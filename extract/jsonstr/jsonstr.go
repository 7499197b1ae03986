// Package jsonstr writes JSON strings without reflection, for
// hand-written encoders (extract's records, the lines of `newsdesk
// extract`, the quote listings of serve), byte for byte as encoding/json
// writes them.
package jsonstr

import "unicode/utf8"

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
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && !(html && (c == '<' || c == '>' || c == '&')) {
				i++
				continue
			}
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

// skipPlain returns the first index from i on where fewer than eight
// bytes are left or the next eight hold a byte that is written other than
// as itself: a control character, '"', '\\', one of "<>&" when html is
// set, or any byte of a rune beyond ASCII. Most of an article is plain
// ASCII text, passed over eight bytes at a time.
func skipPlain(s string, i int, html bool) int {
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// below 0x20 (the high bit is checked apart), or equal to a mark
		special := (x-0x20*ones)&^x | hasByte(x, '"') | hasByte(x, '\\')
		if html {
			special |= hasByte(x, '<') | hasByte(x, '>') | hasByte(x, '&')
		}
		if (x|special)&highs != 0 {
			return i
		}
	}
	return i
}

// hasByte has a high bit set in some byte when a byte of x is c: a byte
// of x^c*ones is 0 there. (It may set bits for other bytes too, but only
// when one of them is c.)
func hasByte(x uint64, c byte) uint64 {
	v := x ^ uint64(c)*ones
	return (v - ones) &^ v
}

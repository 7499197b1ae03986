package web

import (
	"strconv"
	"unicode/utf8"

	"github.com/newsdesk/newsdesk/storage"
)

// jsonAppender is an answer that writes its own JSON, byte for byte what
// encoding/json (without HTML escaping) would write, without reflection:
// the quote listing is the service's busiest answer.
type jsonAppender interface {
	appendJSON(b []byte) []byte
}

func (a quotesAnswer) appendJSON(b []byte) []byte {
	b = append(b, `{"quotes":`...)
	if a.Quotes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range a.Quotes {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQuoteEntry(b, &a.Quotes[i])
		}
		b = append(b, ']')
	}
	b = append(b, `,"next":`...)
	if a.Next == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *a.Next)
	}
	return append(b, "}\n"...)
}

// appendQuoteEntry writes e as encoding/json does, fields in the order of
// the struct.
func appendQuoteEntry(b []byte, e *storage.QuoteEntry) []byte {
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	for _, f := range [...]struct{ name, value string }{
		{`,"text":`, e.Text}, {`,"speaker":`, e.Speaker}, {`,"speaker_kind":`, e.SpeakerKind},
		{`,"speaker_title":`, e.SpeakerTitle}, {`,"speaker_country":`, e.SpeakerCountry},
		{`,"speaker_country_name":`, e.SpeakerCountryName}, {`,"organization":`, e.Organization},
	} {
		b = append(b, f.name...)
		b = appendJSONString(b, f.value)
	}
	b = append(b, `,"article_id":`...)
	b = strconv.AppendInt(b, e.ArticleID, 10)
	for _, f := range [...]struct{ name, value string }{
		{`,"article_url":`, e.ArticleURL}, {`,"article_title":`, e.ArticleTitle}, {`,"published":`, e.Published},
		{`,"feed":`, e.Feed}, {`,"feed_title":`, e.FeedTitle}, {`,"cue":`, e.Cue},
	} {
		b = append(b, f.name...)
		b = appendJSONString(b, f.value)
	}
	b = append(b, `,"person_id":`...)
	if e.PersonID == nil {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(b, *e.PersonID, 10)
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString writes s as a JSON string the way encoding/json does
// with HTML escaping off: control characters escaped (\b, \f, \n, \r, \t
// by name), invalid UTF-8 as U+FFFD, and U+2028 and U+2029 escaped, since
// JavaScript reads them as line ends.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
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

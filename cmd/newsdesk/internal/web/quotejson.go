package web

import (
	"strconv"

	"github.com/newsdesk/newsdesk/extract/jsonstr"

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
		b = jsonstr.Append(b, *a.Next)
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
		b = jsonstr.Append(b, f.value)
	}
	b = append(b, `,"article_id":`...)
	b = strconv.AppendInt(b, e.ArticleID, 10)
	for _, f := range [...]struct{ name, value string }{
		{`,"article_url":`, e.ArticleURL}, {`,"article_title":`, e.ArticleTitle}, {`,"published":`, e.Published},
		{`,"feed":`, e.Feed}, {`,"feed_title":`, e.FeedTitle}, {`,"cue":`, e.Cue},
	} {
		b = append(b, f.name...)
		b = jsonstr.Append(b, f.value)
	}
	b = append(b, `,"person_id":`...)
	if e.PersonID == nil {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(b, *e.PersonID, 10)
	}
	return append(b, '}')
}

package main

import (
	"strconv"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/extract/jsonstr"
)

// appendExtraction appends out as one line of JSON, byte for byte what
// json.Encoder with SetEscapeHTML(false) writes for it, without reflection
// or the encoder's second pass over each record's own MarshalJSON: the
// encoder was a tenth of the CPU of `newsdesk extract` over many files.
// extract_test.go checks the two against each other. ok is false when out
// has no Result, which the caller then encodes with encoding/json.
func appendExtraction(dst []byte, out *extraction) (b []byte, ok bool) {
	if out.Result == nil {
		return dst, false
	}
	dst = append(dst, `{"title":`...)
	dst = appendOptional(dst, out.Title)
	dst = append(dst, `,"byline":`...)
	dst = appendOptional(dst, out.Byline)
	dst = append(dst, `,"published":`...)
	dst = appendOptional(dst, out.Published)
	dst = append(dst, `,"url":`...)
	dst = appendOptional(dst, out.URL)
	dst = append(dst, `,"body":`...)
	dst = jsonstr.Append(dst, out.Body)
	r := out.Result
	dst = appendList(dst, `,"officials":`, r.Officials)
	dst = appendList(dst, `,"countries":`, r.Countries)
	dst = appendList(dst, `,"quotes":`, r.Quotes)
	dst = appendList(dst, `,"troops":`, r.Troops)
	dst = append(dst, `,"deaths":`...)
	if r.Deaths == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i, d := range r.Deaths {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendDeaths(dst, d)
		}
		dst = append(dst, ']')
	}
	return append(dst, '}', '\n'), true
}

// appendList appends key and the list, each record as its MarshalJSON
// writes it (by AppendJSON, into dst); a nil list is null, as
// encoding/json writes it.
func appendList[T interface{ AppendJSON([]byte) []byte }](dst []byte, key string, list []T) []byte {
	dst = append(dst, key...)
	if list == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, x := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = x.AppendJSON(dst)
	}
	return append(dst, ']')
}

// appendDeaths appends a death toll as encoding/json writes the struct.
func appendDeaths(dst []byte, d extract.Deaths) []byte {
	dst = append(dst, `{"count":`...)
	dst = strconv.AppendInt(dst, d.Count, 10)
	dst = append(dst, `,"approximate":`...)
	dst = strconv.AppendBool(dst, d.Approximate)
	dst = append(dst, `,"cumulative":`...)
	dst = strconv.AppendBool(dst, d.Cumulative)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(d.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(d.End), 10)
	dst = append(dst, `,"evidence":`...)
	dst = jsonstr.Append(dst, d.Evidence)
	dst = append(dst, `,"rule":`...)
	dst = jsonstr.Append(dst, d.Rule)
	return append(dst, '}')
}

func appendOptional(dst []byte, s *string) []byte {
	if s == nil {
		return append(dst, "null"...)
	}
	return jsonstr.Append(dst, *s)
}

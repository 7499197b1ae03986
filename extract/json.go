package extract

import (
	"strconv"

	"github.com/newsdesk/newsdesk/extract/jsonstr"
)

// The records marshal themselves without reflection: encoding/json would
// marshal a shadowing struct per record and then compact its output again,
// a tenth of the CPU of `newsdesk extract`. The bytes are encoding/json's
// (json.Marshal escapes <, > and & in strings); json_test.go holds the
// reflective versions they are checked against.

// MarshalJSON writes empty Country and Organization as null.
func (o Official) MarshalJSON() ([]byte, error) {
	return o.AppendJSON(make([]byte, 0, 128+len(o.Mentions)*24)), nil
}

// AppendJSON appends to dst what MarshalJSON returns.
func (o Official) AppendJSON(dst []byte) []byte {
	w := newJSONObject(dst)
	w.str("name", o.Name)
	w.str("title", o.Title)
	w.str("rule", o.Rule)
	w.nullable("country", o.Country)
	w.nullable("organization", o.Organization)
	w.strs("also", o.Also)
	w.spans("mentions", o.Mentions)
	return w.end()
}

// MarshalJSON writes unknown speaker attributes as null.
func (q Quote) MarshalJSON() ([]byte, error) {
	return q.AppendJSON(make([]byte, 0, 192+len(q.Text))), nil
}

// AppendJSON appends to dst what MarshalJSON returns.
func (q Quote) AppendJSON(dst []byte) []byte {
	w := newJSONObject(dst)
	w.str("text", q.Text)
	w.str("speaker_kind", q.SpeakerKind)
	w.int("start", int64(q.Start))
	w.int("end", int64(q.End))
	w.str("rule", q.Rule)
	w.nullable("speaker", q.Speaker)
	w.nullable("speaker_title", q.SpeakerTitle)
	w.nullable("speaker_country", q.SpeakerCountry)
	w.nullable("speaker_organization", q.SpeakerOrganization)
	w.nullable("cue", q.Cue)
	return w.end()
}

// MarshalJSON writes an unknown country and unit as null.
func (t Troops) MarshalJSON() ([]byte, error) {
	return t.AppendJSON(make([]byte, 0, 128+len(t.Evidence))), nil
}

// AppendJSON appends to dst what MarshalJSON returns.
func (t Troops) AppendJSON(dst []byte) []byte {
	w := newJSONObject(dst)
	w.int("count", t.Count)
	w.boolean("approximate", t.Approximate)
	w.int("start", int64(t.Start))
	w.int("end", int64(t.End))
	w.str("evidence", t.Evidence)
	w.str("rule", t.Rule)
	w.nullable("country", t.Country)
	w.nullable("unit", t.Unit)
	return w.end()
}

// MarshalJSON writes a Country with a non-nil span list.
func (c Country) MarshalJSON() ([]byte, error) {
	return c.AppendJSON(make([]byte, 0, 64+len(c.Spans)*24)), nil
}

// AppendJSON appends to dst what MarshalJSON returns.
func (c Country) AppendJSON(dst []byte) []byte {
	w := newJSONObject(dst)
	w.str("code", c.Code)
	w.str("name", c.Name)
	w.int("mentions", int64(c.Mentions))
	w.spans("spans", c.Spans)
	return w.end()
}

// jsonObject appends the members of one JSON object to b, where it
// starts at start.
type jsonObject struct {
	b     []byte
	start int
}

func newJSONObject(dst []byte) *jsonObject {
	return &jsonObject{b: append(dst, '{'), start: len(dst)}
}

func (w *jsonObject) key(k string) {
	if len(w.b) > w.start+1 {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
}

func (w *jsonObject) str(k, v string) {
	w.key(k)
	w.b = jsonstr.AppendHTMLSafe(w.b, v)
}

// nullable writes "" as null.
func (w *jsonObject) nullable(k, v string) {
	if v == "" {
		w.key(k)
		w.b = append(w.b, "null"...)
		return
	}
	w.str(k, v)
}

func (w *jsonObject) int(k string, v int64) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, v, 10)
}

func (w *jsonObject) boolean(k string, v bool) {
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

// strs writes a nil list as [].
func (w *jsonObject) strs(k string, v []string) {
	w.key(k)
	w.b = append(w.b, '[')
	for i, s := range v {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = jsonstr.AppendHTMLSafe(w.b, s)
	}
	w.b = append(w.b, ']')
}

// spans writes a nil list as [].
func (w *jsonObject) spans(k string, v []Span) {
	w.key(k)
	w.b = append(w.b, '[')
	for i, s := range v {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, `{"start":`...)
		w.b = strconv.AppendInt(w.b, int64(s.Start), 10)
		w.b = append(w.b, `,"end":`...)
		w.b = strconv.AppendInt(w.b, int64(s.End), 10)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonObject) end() []byte {
	return append(w.b, '}')
}

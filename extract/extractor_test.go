package extract

import (
	"errors"
	"reflect"
	"testing"
)

// TestBlankBodyReadsNoGazetteer: a body without any token gives the Result
// the full analysis gives, without reading the gazetteers (start-up of
// `newsdesk extract` on an empty file stays cheap).
func TestBlankBodyReadsNoGazetteer(t *testing.T) {
	broken := &Extractor{lexicon: func() (*lexicon, error) { return nil, errors.New("not to be read") }}
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{"", " ", "\n\n", " \t\u00a0\u200b\ufeff\r\n"} {
		got := broken.Extract(body)
		d := newDoc(body)
		a := &analysis{lx: lx, d: d, placesAndBodies: findPlacesAndBodies(new(analysis), lx, d)}
		a.peopleAndRoles = findPeopleAndRoles(new(analysis), lx, d, a.placesAndBodies, nil)
		want := &Result{Countries: a.countries(), Officials: a.officials(), Quotes: a.quotes(), Troops: a.troops(), Deaths: a.deaths()}
		a.toRunes(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Extract(%q) = %+v, want %+v", body, got, want)
		}
	}
}

// TestMalformedGazetteerPanics: the gazetteers are read on first use, so a
// malformed one (a bug in the build) shows at the first Extract.
func TestMalformedGazetteerPanics(t *testing.T) {
	broken := &Extractor{lexicon: func() (*lexicon, error) { return nil, errors.New("bad table") }}
	defer func() {
		if recover() == nil {
			t.Error("Extract with a malformed gazetteer did not panic")
		}
	}()
	broken.Extract("Prime Minister Tony Blair said so.")
}

func TestIsPronounContraction(t *testing.T) {
	for w, want := range map[string]bool{
		"I’m": true, "We're": true, "they’d": true, "It's": true, "who'd": true,
		"O'Brien": false, "Biden’s": false, "'tis": false, "don’t": false, "Im": false, "": false,
		"she’ll's": true, "he'll’s": true,
	} {
		if got := isPronounContraction(w); got != want {
			t.Errorf("isPronounContraction(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDatelineReadFromAllPlaces: a place of two states ("Punjab") makes
// tagPlaces ask for the dateline's state while the places are still being
// found; the dateline is read again once all are found and judged, so a
// capital's namesake ("LIMA — ... Allen County") is told by places after
// that one, and the order of mentions does not change the answer.
func TestDatelineReadFromAllPlaces(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"LIMA — A man from Punjab was charged after a shooting, Allen County deputies said.", ""},
		{"LIMA — Allen County deputies charged a man from Punjab after a shooting.", ""},
		{"LIMA — A man was charged after a shooting in the capital, police said.", "PE"},
	} {
		d := newDoc(c.text)
		a := &analysis{lx: lx, d: d, placesAndBodies: findPlacesAndBodies(new(analysis), lx, d)}
		if got := a.datelineState(); got != c.want {
			t.Errorf("datelineState(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

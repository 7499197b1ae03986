package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Mr. Smith went to Washington. He said no.", []string{"Mr. Smith went to Washington.", "He said no."}},
		{"Gen. Mark Lee spoke. The U.S. Army agreed.", []string{"Gen. Mark Lee spoke.", "The U.S. Army agreed."}},
		{"It was in the U.S. The talks ended.", []string{"It was in the U.S.", "The talks ended."}},
		// r16: after a time of day, a capitalised word other than a weekday, a month or a zone opens a sentence
		{"It happened around 4:30 a.m. Arwood was pronounced dead.", []string{"It happened around 4:30 a.m.", "Arwood was pronounced dead."}},
		{"It happened at 4:30 a.m. Sunday near the park.", []string{"It happened at 4:30 a.m. Sunday near the park."}},
		{"The vote closes at 8 p.m. Eastern time today.", []string{"The vote closes at 8 p.m. Eastern time today."}},
		{"It ended at 7 p.m. ET on Friday.", []string{"It ended at 7 p.m. ET on Friday."}},
		{"George W. Bush met Sgt. Ali at 3 p.m. on Monday.", []string{"George W. Bush met Sgt. Ali at 3 p.m. on Monday."}},
		{`"We are ready." She left.`, []string{`"We are ready."`, "She left."}},
		{"First paragraph without a stop\nSecond one.", []string{"First paragraph without a stop", "Second one."}},
		{"Wait... what? Yes!", []string{"Wait... what?", "Yes!"}},
		{"He paused... Then he left.", []string{"He paused...", "Then he left."}},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		var got []string
		for _, s := range d.sents {
			got = append(got, c.text[s.start:s.end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestTokens(t *testing.T) {
	d := newDoc("Hamas’s Gaza chief, al-Hayya, didn't say U.S. troops' 20,000-strong force.")
	var got []string
	for _, tk := range d.toks {
		got = append(got, tk.text)
	}
	want := "Hamas|’s|Gaza|chief|,|al-Hayya|,|didn't|say|U.S.|troops|'|20,000-strong|force|."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		text   string
		value  int64
		hi     int64
		approx bool
		vague  bool
	}{
		{"20,000 peacekeepers", 20000, 0, false, false},
		{"twenty thousand troops", 20000, 0, false, false},
		{"ninety-nine thousand", 99000, 0, false, false},
		{"two hundred and fifty thousand", 250000, 0, false, false},
		{"two thousand and fifty soldiers", 2050, 0, false, false},
		{"one million and two hundred thousand people", 1200000, 0, false, false},
		{"between two thousand and three thousand soldiers", 2000, 3000, true, false}, // a range in words, as in digits
		{"between twenty and thirty people", 20, 30, true, false},
		{"twenty and thirty people", 20, 0, false, false}, // "and" joins a number's words only after a scale
		{"one hundred and twenty people", 120, 0, false, false},
		{"1.5 million people", 1500000, 0, false, false},
		{"a dozen soldiers", 12, 0, false, false},
		{"a hundred people", 100, 0, false, false},
		{"more than half a million people", 500000, 0, true, false},
		{"half a dozen soldiers", 6, 0, false, false},
		{"from 4 to 9 dead", 4, 0, false, false},
		{"100-120 UK troops", 100, 120, true, false},
		{"between 100 and 120 people", 100, 120, true, false},
		{"100 and 120 people", 100, 0, false, false},
		{"around 400 people", 400, 0, true, false},
		{"at least 27 people", 27, 0, true, false},
		{"more than 2,500 civilians", 2500, 0, true, false},
		{"nearly 150,000", 150000, 0, true, false},
		{"up to 3,000 personnel", 3000, 0, true, false},
		{"thousands of troops", 0, 0, true, true},
		{"an estimated 150,000 dead", 150000, 0, true, false},
		{"5,000-strong force", 5000, 0, false, false},
		{"$3bn", 3000000000, 0, false, false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		// the number is the first token that parses, hedges looked up behind it
		var got number
		found := false
		for i := range d.toks {
			if n, ok := d.parseNumber(i); ok && (n.value > 0 || n.vague) {
				if d.toks[i].lower == "a" || d.toks[i].lower == "an" {
					if n.value == 0 {
						continue
					}
				}
				got, found = n, true
				break
			}
		}
		if !found {
			t.Errorf("%q: no number", c.text)
			continue
		}
		if got.value != c.value || got.hi != c.hi || got.approx != c.approx || got.vague != c.vague {
			t.Errorf("%q: got value %d hi %d approx %v vague %v; want %d %d %v %v", c.text, got.value, got.hi, got.approx, got.vague, c.value, c.hi, c.approx, c.vague)
		}
	}
	// an age is never a count
	d := newDoc("A 22-year-old man died")
	if n, ok := d.parseNumber(1); !ok || !n.age {
		t.Errorf("22-year-old: want an age, got %+v", n)
	}
}

// TestTokenLowerIsToLower checks that a token's lower-case form, its text
// or lowerASCII's copy for ASCII words, is strings.ToLower of its text.
func TestTokenLowerIsToLower(t *testing.T) {
	text := "The U.S. Envoy met ÉMILE Zoë in İstanbul; Vladi\u00admir PUTIN's aide said 20,000 TROOPS.\n" +
		"ΣΟΦΙΑ and Straße, McDONALD and O'BRIEN, K\u200bYIV."
	for _, tok := range newDoc(text).toks {
		if tok.kind != tWord && tok.kind != tNum {
			continue
		}
		if want := strings.ToLower(tok.text); tok.lower != want {
			t.Errorf("token %q: lower %q, want %q", tok.text, tok.lower, want)
		}
	}
}

// TestLowersKeptWhole checks that the lower-case forms lowerASCII writes
// stay as written when d.lowers fills and is replaced: a body of
// capitalised words, many times minLowers, mixed with words that have
// none and one that is not ASCII.
func TestLowersKeptWhole(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 20*minLowers; i++ {
		fmt.Fprintf(&b, "Word%d NATO word McDONALD%d Zoë ", i, i%7)
	}
	d := newDoc(b.String())
	if len(d.toks) < 1000 {
		t.Fatalf("%d tokens", len(d.toks))
	}
	for _, tok := range d.toks {
		if want := strings.ToLower(tok.text); tok.lower != want {
			t.Fatalf("token %q: lower %q, want %q", tok.text, tok.lower, want)
		}
	}
}

// TestCollapseSpaces checks collapseSpaces against the strings.Fields
// form it replaces, on spaces of every kind and on bytes that are not UTF-8.
func TestCollapseSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "one  two\tthree\n", "\u00a0x\u2003y\u0085", "bad\xffbyte \xfe", "  lead and trail  ",
		"one two", "one two ", " one two", "x\ty", "a\x00b", "\v", "a\x1fb c", "caf\u00e9 au lait", "a \u00a0b"} {
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestUnitAndTensWordsStartNumbers checks what isUnitOrTens relies on:
// every unit and tens word is tokenised with factNumStart.
func TestUnitAndTensWordsStartNumbers(t *testing.T) {
	for _, set := range []map[string]int64{unitWords(), tensWords()} {
		for w, v := range set {
			if v <= 0 {
				continue
			}
			for _, tok := range newDoc(w).toks {
				if tok.lower == w && !isUnitOrTens(&tok) {
					t.Errorf("%q: not factNumStart", w)
				}
			}
		}
	}
}

// TestBlankTextReadsNoWordList checks that a text of spaces and newlines
// (an empty file's "\n") is tokenised without the number starts, which
// read the word lists: newsdesk extract of an empty file pays for none.
func TestBlankTextReadsNoWordList(t *testing.T) {
	for _, text := range []string{"", "\n", " \n\n  \n", "\t\r\n"} {
		d := newDoc(text)
		if len(d.toks) != 0 || d.starts != nil {
			t.Errorf("newDoc(%q): %d tokens, number starts read %v; want none", text, len(d.toks), d.starts != nil)
		}
	}
	for _, text := range []string{"a", "\n\nSeven", "\x01", "\u00e9"} {
		if d := newDoc(text); len(d.toks) > 0 && d.starts == nil {
			t.Errorf("newDoc(%q): tokens without the number starts", text)
		}
	}
}

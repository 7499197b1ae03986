package extract

import (
	"strconv"
	"strings"
	"sync"
)

// number is a count read from the text: "20,000", "1.5 million", "twenty
// thousand", "a dozen", "100-120", with the hedge that qualifies it.
type number struct {
	value  int64
	hi     int64 // upper bound of a range ("100-120"), else 0
	first  int   // token range of the number itself, hedge excluded
	lim    int
	hedge  int // first token of the hedge ("more than"), or first when none
	approx bool
	age    bool // "22-year-old": an age, never a count
	vague  bool // "thousands", "dozens": a quantity without a number
}

var unitWords = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
		"nineteen": 19,
	}
})

// ordinalWords are the ranks a single victim is named by: "a third man".
var ordinalWords = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
		"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
		"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	}
})

var tensWords = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90,
	}
})

var scaleWords = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
		"m": 1000000, "mn": 1000000, "bn": 1000000000, "k": 1000,
	}
})

// vagueWords are quantities that carry no number of their own.
var vagueWords = wordList("vague")

// hedgesBefore qualify a following number as approximate. Keys are the
// lower-cased words, longest first when tried.
var hedgesBefore = [][]string{
	// "no more than 150": the "no" belongs to the hedge, not a negation of the figure
	{"no", "more", "than"}, {"no", "fewer", "than"}, {"not", "more", "than"}, {"no", "less", "than"},
	// "a little over 5,000", "slightly more than 200": just past a round figure
	{"a", "little", "more", "than"}, {"a", "little", "less", "than"}, {"a", "little", "over"}, {"a", "little", "under"},
	{"slightly", "more", "than"}, {"slightly", "less", "than"}, {"slightly", "over"}, {"slightly", "under"},
	{"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"}, {"up", "to"},
	{"as", "many", "as"}, {"as", "few", "as"}, {"close", "to"}, {"upwards", "of"}, {"upward", "of"}, {"in", "excess", "of"},
	{"an", "estimated"}, {"the", "estimated"}, {"just", "over"}, {"just", "under"}, {"well", "over"},
	{"nearly"}, {"almost"}, {"about"}, {"around"}, {"roughly"}, {"approximately"}, {"some"},
	{"over"}, {"estimated"}, {"under"}, {"approx"}, {"circa"}, {"c."}, {"perhaps"}, {"maybe"},
	{"possibly"}, {"potentially"}, {"reportedly"}, {"least"}, {"nearing"}, {"exceeding"},
}

// hedgeLastShapes are the shapeBits of the last words of hedgesBefore, in
// their order: a token's shape is its lower case's, so a hedge whose last
// word's shape differs from the token's cannot end at it.
var hedgeLastShapes = func() []uint16 {
	out := make([]uint16, len(hedgesBefore))
	for x, h := range hedgesBefore {
		out[x] = shapeBit(h[len(h)-1])
	}
	return out
}()

// parseNumber reads the number that starts at token i, if any. The
// figure rules ask for the number at the same token many times (troops,
// deaths, victims), so each answer for a token that may start a number is
// kept in d.numbers, found by d.numberAt; most tokens are turned away by a
// bit first.
func (d *doc) parseNumber(i int) (number, bool) {
	if i < 0 || i >= len(d.toks) {
		return number{}, false
	}
	if t := &d.toks[i]; t.kind != tNum && (t.kind != tWord || !mayBeNumber(t)) {
		return number{}, false
	}
	if d.numberAt == nil {
		d.numberAt = d.tokenMarks()
	}
	if k := d.numberAt[i]; k >= 0 {
		return d.numbers[k].n, d.numbers[k].ok
	}
	n, ok := d.readNumber(i)
	d.numberAt[i] = int32(len(d.numbers))
	d.numbers = append(d.numbers, parsedNumber{n, ok})
	return n, ok
}

// parsedNumber is what parseNumber found at a token.
type parsedNumber struct {
	n  number
	ok bool
}

// readNumber is parseNumber without the memo.
func (d *doc) readNumber(i int) (number, bool) {
	toks := d.toks
	if i >= len(toks) {
		return number{}, false
	}
	n := number{first: i, hedge: i}
	t := &toks[i]
	switch {
	case t.kind == tNum:
		if !d.digitsNumber(i, &n) {
			return number{}, false
		}
	case t.kind == tWord:
		if !mayBeNumber(t) {
			return number{}, false // most words, turned away without the tables below
		}
		if vagueWords.hasToken(t) {
			n.vague, n.approx, n.lim = true, true, i+1
			break
		}
		if !d.wordNumber(i, &n) {
			return number{}, false
		}
	default:
		return number{}, false
	}
	d.hedgeOf(&n)
	return n, true
}

func (d *doc) digitsNumber(i int, n *number) bool {
	toks := d.toks
	s := toks[i].lower
	n.lim = i + 1
	if strings.Contains(s, "-year") || strings.HasSuffix(s, "-old") || strings.Contains(s, "-month") {
		n.age = true
	}
	// a range "100-120" (one token) or "100 to 120" / "100-120" split by a dash token
	lo, rest := leadingDigits(s)
	if lo == "" {
		return false
	}
	v, ok := parseDigits(lo)
	if !ok {
		return false
	}
	n.value = v
	if rest == "-" || d.suspendedHyphen(i) {
		return false // "14- and 18-year-olds": the first half of a compound, no count
	}
	switch {
	case rest == "":
	case rest[0] == '-' && !n.age:
		if hi, r2 := leadingDigits(rest[1:]); hi != "" && r2 == "" {
			if h, ok := parseDigits(hi); ok && h > v {
				n.hi, n.approx = h, true
			}
		} else if sc, ok := scaleWords()[rest[1:]]; ok {
			n.value *= sc
		}
	case !n.age:
		// "3bn", "50m", "2.5m", "10k"; other suffixes ("1130GMT", "4th") are not counts
		sc, ok := scaleWords()[rest]
		if !ok {
			return false
		}
		n.value = scaledDecimal(lo, sc)
	}
	if n.age {
		return true
	}
	// a spelled scale after the digits: "1.5 million", "20 thousand"
	if i+1 < len(toks) && toks[i+1].kind == tWord {
		if sc, ok := scaleWords()[toks[i+1].lower]; ok && len(toks[i+1].lower) > 2 {
			n.value = scaledDecimal(lo, sc)
			n.lim = i + 2
		}
	}
	// "100 to 120", "100-120" with a dash token
	// "from 4 to 9" is a change from one figure to another, not a range
	fromTo := i > 0 && toks[i-1].lower == "from" && n.lim < len(toks) && toks[n.lim].lower == "to"
	// "between 100 and 120" is the same range
	between := i > 0 && toks[i-1].lower == "between" && n.lim < len(toks) && toks[n.lim].lower == "and"
	if j := n.lim; !fromTo && j+1 < len(toks) && (toks[j].text == "-" || toks[j].text == "\u2013" || toks[j].lower == "to" || between) && toks[j+1].kind == tNum {
		if hi, r2 := leadingDigits(toks[j+1].lower); hi != "" && r2 == "" {
			if h, ok := parseDigits(hi); ok && h > n.value && h < n.value*10 {
				n.hi, n.approx, n.lim = h, true, j+2
			}
		}
	}
	return true
}

// suspendedHyphen reports a number whose hyphen, written apart from the
// word it joins, waits for a later one: "14 - and 18-year-olds" as tokens.
func (d *doc) suspendedHyphen(i int) bool {
	toks := d.toks
	if i+2 >= len(toks) || toks[i+1].text != "-" || toks[i+1].spaceBefore {
		return false
	}
	w := toks[i+2].lower
	return w == "and" || w == "or" || w == "to"
}

// leadingDigits splits "20,000-strong" into "20,000" and "-strong".
func leadingDigits(s string) (string, string) {
	k := 0
	for k < len(s) {
		c := s[k]
		if c >= '0' && c <= '9' {
			k++
			continue
		}
		if (c == ',' || c == '.') && k+1 < len(s) && s[k+1] >= '0' && s[k+1] <= '9' && k > 0 {
			k++
			continue
		}
		break
	}
	return s[:k], s[k:]
}

// parseDigits reads "20,000" or "1.5" (the decimal part truncated).
func parseDigits(s string) (int64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		s = s[:dot]
	}
	if s == "" || len(s) > 15 {
		return 0, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	return v, err == nil
}

func scaledDecimal(s string, scale int64) int64 {
	s = strings.ReplaceAll(s, ",", "")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return int64(f*float64(scale) + 0.5)
}

// wordNumber reads spelled numbers up to the billions: "five", "twenty-five",
// "two hundred and fifty thousand", "a dozen", "a hundred".
func (d *doc) wordNumber(i int, n *number) bool {
	toks := d.toks
	var total, cur, lastScale int64
	seen := false
	j := i
	if toks[i].lower == "half" {
		return d.halfScale(i, n)
	}
	if toks[i].lower == "a" || toks[i].lower == "an" {
		if i+1 < len(toks) {
			switch toks[i+1].lower {
			case "quarter":
				return d.quarterScale(i+1, 1, n)
			case "dozen":
				n.value, n.lim = 12, i+2
				return true
			case "hundred", "thousand", "million", "billion":
				cur, seen, j = 1, true, i+1
			case "further", "extra", "additional":
				if i+2 >= len(toks) || toks[i+2].lower != "hundred" && toks[i+2].lower != "thousand" {
					return false
				}
				cur, seen, j = 1, true, i+2 // "a further thousand soldiers": one thousand more
			default:
				return false
			}
		}
	}
	for ; j < len(toks); j++ {
		w := toks[j].lower
		if toks[j].kind != tWord {
			break
		}
		if v, ok := wordValue(w); ok {
			cur += v
			seen = true
			continue
		}
		if w == "dozen" && seen {
			cur *= 12
			continue
		}
		if sc, ok := scaleWords()[w]; ok && len(w) > 2 && seen {
			if cur == 0 {
				cur = 1
			}
			if sc == 100 {
				cur *= 100
			} else {
				total += cur * sc
				cur = 0
				lastScale = sc
			}
			continue
		}
		if w == "and" && seen && j+1 < len(toks) {
			if _, scaled := scaleWords()[toks[j-1].lower]; !scaled {
				break // "between twenty and thirty": "and" goes on a number only after its scale ("a hundred and five")
			}
			if lastScale > 0 && d.scaleAfter(j+1) >= lastScale {
				break // "between two thousand and three thousand": two numbers
			}
			// "a hundred and five", "five hundred and sixty-two"
			if _, ok := wordValue(toks[j+1].lower); ok {
				continue
			}
		}
		break
	}
	if !seen {
		return false
	}
	n.value = total + cur
	n.lim = j
	d.wordRange(i, n)
	// "one" alone is as often a pronoun as a count ("one of them"); callers decide
	return true
}

// wordRange reads the upper figure of a range in words, as digitsNumber
// does in digits: "between twenty and thirty" is 20 to 30, approximate.
func (d *doc) wordRange(i int, n *number) {
	toks := d.toks
	if i == 0 || toks[i-1].lower != "between" || n.lim+1 >= len(toks) || toks[n.lim].lower != "and" || !mayBeNumber(&toks[n.lim+1]) {
		return
	}
	var hi number
	if d.wordNumber(n.lim+1, &hi) && hi.value > n.value {
		n.hi, n.approx, n.lim = hi.value, true, hi.lim
	}
}

// wordValue is the value of a number word below a hundred: "five",
// "forty", "twenty-five".
func wordValue(w string) (int64, bool) {
	if v, ok := unitWords()[w]; ok {
		return v, true
	}
	if v, ok := tensWords()[w]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		if tv, ok1 := tensWords()[a]; ok1 {
			if uv, ok2 := unitWords()[b]; ok2 && uv < 10 {
				return tv + uv, true
			}
		}
	}
	return 0, false
}

// scaleAfter returns the largest scale word of the number words from j
// ("three thousand" gives 1,000, "fifty thousand" 1,000, "fifty" 0).
func (d *doc) scaleAfter(j int) int64 {
	toks := d.toks
	var most int64
	for k := j; k < len(toks) && k < j+6 && toks[k].kind == tWord; k++ {
		w := toks[k].lower
		if sc, ok := scaleWords()[w]; ok && len(w) > 2 {
			most = max(most, sc)
			continue
		}
		if _, ok := unitWords()[w]; ok {
			continue
		}
		if _, ok := tensWords()[w]; ok {
			continue
		}
		if a, _, ok := strings.Cut(w, "-"); ok {
			if _, ok := tensWords()[a]; ok {
				continue
			}
		}
		break
	}
	return most
}

// halfScale reads "half a million" (and "half a billion", "half a dozen") at i.
func (d *doc) halfScale(i int, n *number) bool {
	toks := d.toks
	if i+2 >= len(toks) || toks[i+1].lower != "a" {
		return false
	}
	switch toks[i+2].lower {
	case "dozen":
		n.value, n.lim = 6, i+3
		return true
	case "million", "billion":
		sc := scaleWords()[toks[i+2].lower]
		n.value, n.lim = sc/2, i+3
		return true
	}
	return false
}

// quarterScale reads "quarter of a million" (after "a") at i: quarters
// of a scale word ("a quarter of a million" was "a million").
func (d *doc) quarterScale(i int, quarters int64, n *number) bool {
	toks := d.toks
	if i+3 >= len(toks) || toks[i+1].lower != "of" || toks[i+2].lower != "a" {
		return false
	}
	switch toks[i+3].lower {
	case "million", "billion":
		n.value, n.lim = scaleWords()[toks[i+3].lower]*quarters/4, i+4
		return true
	}
	return false
}

// hedgeOf looks for a hedge before (and "or so", "or more", "plus" after) the number.
func (d *doc) hedgeOf(n *number) {
	toks := d.toks
	var before *token // the word right before the number, which ends any hedge
	if n.first > 0 {
		before = &toks[n.first-1]
	}
	// most hedges are turned away by the shape of their last word against
	// the word before, without reading the hedge or comparing strings
	for x, shape := range hedgeLastShapes {
		if before == nil || shape != before.shape {
			continue
		}
		h := hedgesBefore[x]
		k := n.first - len(h)
		if k < 0 || h[len(h)-1] != before.lower {
			continue
		}
		match := true
		for m, w := range h {
			if toks[k+m].lower != w || toks[k+m].para != toks[n.first].para {
				match = false
				break
			}
		}
		if match {
			n.approx = true
			n.hedge = k
			break
		}
	}
	if n.hedge == n.first && n.hi > 0 && n.first > 0 && toks[n.first-1].lower == "between" {
		// "will number between 3,000 and 4,000": the range's opener hedges
		// it, so the verb before it reads the range as it reads "about 3,000"
		n.hedge = n.first - 1
	}
	if j := n.lim; j+1 < len(toks) && toks[j].lower == "or" && (toks[j+1].lower == "so" || toks[j+1].lower == "more") {
		n.approx = true
		if toks[j+1].lower == "so" && n.value > 1 {
			// the noun follows the hedge: "1,000 or so troops"; "two or
			// more victims" is a threshold, no count
			n.lim = j + 2
		}
	}
	if j := n.lim; j < len(toks) && (toks[j].lower == "plus" || toks[j].text == "+") && !toks[j].spaceBefore {
		n.approx = true
	}
}

// mayBeNumber is a cheap test for a token that can start a number: a bit
// set at tokenisation.
func mayBeNumber(t *token) bool {
	return t.facts&factNumStart != 0
}

// numberStartToken is mayBeNumber worked out from the token's text, ns
// being numberStarts(). It runs on every token, so most words are turned
// away by their first letter.
func numberStartToken(ns *startWords, t *token) bool {
	if t.kind == tNum {
		return true
	}
	w := t.lower
	if w == "" || !ns.initials[w[0]] {
		return false
	}
	if ns.shapes.holds(t.shape) && ns.words[w] {
		return true
	}
	// "twenty-five": a tens word (five to seven letters) before the first
	// hyphen; a hyphen before the fifth letter leaves no tens word
	for k := 5; k <= 7 && k < len(w); k++ {
		if w[k] == '-' {
			return tensWords()[w[:k]] > 0
		}
	}
	return false
}

// plainWord is numberStartToken for a word of letters alone, w being its
// lower-case form and shape its shapeBit: small enough to inline where
// asciiToken reads every plain word, most turned away by their first
// letter or their shape without a call.
func (ns *startWords) plainWord(w string, shape uint16) bool {
	return ns.initials[w[0]] && ns.shapes.holds(shape) && ns.words[w]
}

// isUnitOrTens is unitWords()[t.lower] > 0 || tensWords()[t.lower] > 0,
// looked up only for a token that may start a number (factNumStart), as
// every such word does.
func isUnitOrTens(t *token) bool {
	return t.facts&factNumStart != 0 && (unitWords()[t.lower] > 0 || tensWords()[t.lower] > 0)
}

// startWords are the words that may start a number: units and tens above
// zero, vague quantities, "a", "an" and "zero"; shapes filters them, and
// initials are their first bytes, which a hyphenated "twenty-five" shares.
type startWords struct {
	words    map[string]bool
	shapes   *wordShapes
	initials *[256]bool
}

// numberStarts gathers the startWords once, on first use.
var numberStarts = sync.OnceValue(func() *startWords {
	m := map[string]bool{"a": true, "an": true, "zero": true, "half": true}
	for w, v := range unitWords() {
		m[w] = m[w] || v > 0
	}
	for w, v := range tensWords() {
		m[w] = m[w] || v > 0
	}
	for w, v := range vagueWords.words() {
		m[w] = m[w] || v
	}
	var first [256]bool
	shapes := new(wordShapes)
	for w, ok := range m {
		if ok {
			first[w[0]] = true
			shapes.add(w)
		}
	}
	return &startWords{words: m, shapes: shapes, initials: &first}
})

// rangeOpener returns the "between" that opens a range whose "and" stands
// right before n, within four tokens, and the number after it: the lower
// figure of "between 80,000 and 100,000".
func (d *doc) rangeOpener(n number) (int, number, bool) {
	toks := d.toks
	k := n.hedge - 1
	if k < 2 || toks[k].lower != "and" {
		return -1, number{}, false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].lower == "between" {
			m, ok := d.parseNumber(j + 1)
			return j, m, ok
		}
	}
	return -1, number{}, false
}

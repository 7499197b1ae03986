package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// The quote-speaker shape matrix composes short stories from tables: a
// cast of two or three people (given names the list genders, with or
// without a role, with or without an honorific, one of them sometimes only
// a role), an order of turns, and the form each turn's attribution takes.
// Each turn's quote must go to its speaker. The sentences are written for
// the matrix, not taken from any article.

// shapePerson is one member of a cast. A person with no given name is
// known only by the role ("a police spokesman").
type shapePerson struct {
	given, sur string
	fem        bool
	unlisted   bool   // the given-name list lacks the given name
	role       string // lower case: "health minister"
	roleNoun   string // the noun a later "the NOUN said" uses
}

func (p shapePerson) full() string { return strings.TrimSpace(p.given + " " + p.sur) }

func (p shapePerson) named() bool { return p.given != "" }

var shapePeople = []shapePerson{
	{given: "Maria", sur: "Lopez", fem: true, role: "health minister", roleNoun: "minister"},
	{given: "Tom", sur: "Grant", role: "union leader", roleNoun: "union leader"},
	{given: "Anna", sur: "Berg", fem: true, role: "mayor", roleNoun: "mayor"},
	{given: "John", sur: "Smith", role: "police chief", roleNoun: "police chief"},
	{role: "police spokesman", roleNoun: "spokesman"},
	{given: "Kerensa", sur: "Vukic", fem: true, unlisted: true, role: "party chair", roleNoun: "party chair"},
	{role: "police spokeswoman", roleNoun: "spokeswoman", fem: true},
}

// shapeCasts index shapePeople: mixed genders, one gender, three people,
// and a cast with someone known only by role.
var shapeCasts = [][]int{{0, 1}, {1, 0}, {0, 2}, {1, 3}, {0, 1, 2}, {1, 3, 0}, {0, 1, 4}, {4, 1}, {5, 1}, {0, 5}, {6, 1}, {3, 6, 0}}

// shapeOrders are the turns, as indexes into the cast.
var shapeOrders = [][]int{{0, 1}, {1, 0}, {0, 1, 0}, {0, 1, 1}, {0, 0, 1}, {0, 1, 2}, {2, 0, 1}}

// Intro styles: how the opening sentence names each person.
const (
	introPlain    = iota // Maria Lopez
	introRoleHead        // Health Minister Maria Lopez
	introRoleApp         // Maria Lopez, the health minister,
	introNone            // no opening sentence: a turn names each first
	introStyles
)

// Honorific styles: none, on later mentions only, on every mention.
const (
	honNone = iota
	honLater
	honAll
	honStyles
)

// Attribution forms of a turn.
const (
	formSaidAfter    = iota // "…," Grant said.
	formColon               // Grant said: "…"
	formSaidRole            // "…," said Grant, the union leader.
	formDash                // "…" — Tom Grant
	formAccording           // According to Grant, "…"
	formPronoun             // "…," he said|added|told reporters.
	formRoleNoun            // "…," the minister said.
	formInterrupt           // "…," she said, "…"
	formPronColon           // She said: "…"
	formSays                // "…," says Grant.
	formApposSaid           // "…," Grant, the union leader, said.
	formPartial             // Grant warned that "…".
	formAddedColon          // Grant added: "…"
	formRoleInverted        // "…," said the minister.
	formQuestion            // "…?" Grant asked.
	formBare                // "…" after the same speaker's turn
	formToldOther           // "…," Grant told Lopez.
	formSaidOf              // "…," Grant said of Lopez.
	shapeForms
)

var formNames = [shapeForms]string{"said-after", "colon", "said-role", "dash", "according", "pronoun", "role-noun",
	"interrupted", "pronoun-colon", "says", "appos-said", "partial", "added-colon", "role-inverted", "question",
	"bare", "told-other", "said-of"}

var shapeQuotes = []string{
	"We want answers from the council", "Nobody told us about the cuts", "The money has already gone somewhere",
	"Talks will resume early next week", "This plan cannot work without help",
}

// shapeTurn is one quote the story holds, with the speaker it must get
// ("" for one known only by role: anyone but the named cast).
type shapeTurn struct {
	quote, speaker, form string
}

type shapeStory struct {
	text  string
	turns []shapeTurn
	tags  []string
}

// shapeCfg is how a story names its cast: the intro style, the
// honorifics, and whether each turn opens a paragraph of its own.
type shapeCfg struct {
	intro, hon int
	paras      bool
}

// shapeWriter writes a story turn by turn, knowing who has been named.
type shapeWriter struct {
	cfg   shapeCfg
	cast  []shapePerson
	named map[int]bool
	roled map[int]bool // the story gave cast[i]'s role
	b     strings.Builder
}

// ref is how a turn names cast[i]: in full the first time, with a role in
// apposition when the intro gave none; then by surname, with an honorific
// when the story uses them.
func (w *shapeWriter) ref(i int) string {
	p := w.cast[i]
	first := !w.named[i]
	w.named[i] = true
	if !p.named() {
		if first {
			return "a " + p.role
		}
		return "the " + p.roleNoun
	}
	h := "Mr "
	if p.fem {
		h = "Ms "
	}
	switch {
	case first && w.cfg.hon == honAll:
		return h + p.full()
	case first:
		return p.full()
	case w.cfg.hon != honNone:
		return h + p.sur
	}
	return p.sur
}

// intro writes the opening sentence that names the whole cast.
func (w *shapeWriter) intro() {
	w.b.WriteString("LONDON (Reuters) - ")
	if w.cfg.intro == introNone {
		w.b.WriteString("The talks ran late on Monday.")
		return
	}
	var names []string
	for i, p := range w.cast {
		switch {
		case !p.named():
			names = append(names, w.ref(i))
			w.roled[i] = true
		case w.cfg.intro == introRoleHead:
			names = append(names, capitalWords(p.role)+" "+w.ref(i))
		case w.cfg.intro == introRoleApp:
			names = append(names, w.ref(i)+", the "+p.role+",")
		default:
			names = append(names, w.ref(i))
		}
		w.roled[i] = w.roled[i] || w.cfg.intro != introPlain
	}
	names[0] = shapeCapital(names[0])
	switch len(names) {
	case 2:
		fmt.Fprintf(&w.b, "%s met %s on Monday.", names[0], names[1])
	default:
		fmt.Fprintf(&w.b, "%s met %s and %s on Monday.", names[0], strings.TrimSuffix(names[1], ","), names[2])
	}
	w.b.WriteString(" The talks ran late.")
}

// turn writes turn t, cast[who]'s quote q, in form f.
func (w *shapeWriter) turn(t, who, f int, q string) {
	p := w.cast[who]
	pron := "he"
	if p.fem {
		pron = "she"
	}
	lower := strings.ToLower(q[:1]) + q[1:]
	verb := [3]string{"said", "added", "told reporters"}[t%3]
	sep := " "
	if w.cfg.paras {
		sep = "\n"
	}
	b := &w.b
	if f == formSaidRole || f == formApposSaid || !p.named() {
		w.roled[who] = true
	}
	switch f {
	case formSaidAfter:
		fmt.Fprintf(b, "%s%q %s said.", sep, q+",", w.ref(who))
	case formColon:
		fmt.Fprintf(b, "%s%s said: %q", sep, w.ref(who), q+".")
	case formSaidRole:
		fmt.Fprintf(b, "%s%q said %s, the %s.", sep, q+",", w.ref(who), p.role)
	case formDash:
		w.named[who] = true
		fmt.Fprintf(b, "\n%q — %s\n", q, p.full())
	case formAccording:
		fmt.Fprintf(b, "%sAccording to %s, %q", sep, w.ref(who), lower+".")
	case formPronoun:
		fmt.Fprintf(b, "%s%q %s %s.", sep, q+",", pron, verb)
	case formRoleNoun:
		fmt.Fprintf(b, "%s%q the %s said.", sep, q+",", p.roleNoun)
	case formInterrupt:
		fmt.Fprintf(b, "%s%q %s said, %q", sep, q+",", pron, "and we will keep asking.")
	case formPronColon:
		fmt.Fprintf(b, "%s%s said: %q", sep, capitalWords(pron), q+".")
	case formSays:
		fmt.Fprintf(b, "%s%q says %s.", sep, q+",", w.ref(who))
	case formApposSaid:
		fmt.Fprintf(b, "%s%q %s, the %s, said.", sep, q+",", w.ref(who), p.role)
	case formPartial:
		fmt.Fprintf(b, "%s%s warned that %q.", sep, shapeCapital(w.ref(who)), lower)
	case formAddedColon:
		fmt.Fprintf(b, "%s%s added: %q", sep, shapeCapital(w.ref(who)), q+".")
	case formRoleInverted:
		fmt.Fprintf(b, "%s%q said the %s.", sep, q+",", p.roleNoun)
	case formQuestion:
		fmt.Fprintf(b, "%s%q %s asked.", sep, q+"?", w.ref(who))
	case formBare:
		fmt.Fprintf(b, "%s%q", sep, q+".")
	case formToldOther:
		fmt.Fprintf(b, "%s%q %s told %s.", sep, q+",", w.ref(who), w.ref(w.other(who)))
	case formSaidOf:
		fmt.Fprintf(b, "%s%q %s said of %s.", sep, q+",", w.ref(who), w.ref(w.other(who)))
	}
}

// other is the first named person of the cast, other than cast[who],
// whom the story has named already; -1 when there is none.
func (w *shapeWriter) other(who int) int {
	for i, o := range w.cast {
		if i != who && o.named() && w.named[i] {
			return i
		}
	}
	return -1
}

// composeShape writes one story, or returns false when a form cannot be
// used for a turn (shapeFormFits).
func composeShape(cast []shapePerson, order []int, cfg shapeCfg, forms []int) (shapeStory, bool) {
	var st shapeStory
	w := &shapeWriter{cfg: cfg, cast: cast, named: map[int]bool{}, roled: map[int]bool{}}
	w.intro()
	prev := -1
	for t, who := range order {
		if !shapeFormFits(w, who, prev, forms[t]) {
			return st, false
		}
		w.turn(t, who, forms[t], shapeQuotes[t])
		want := ""
		if cast[who].named() {
			want = cast[who].full()
		}
		st.turns = append(st.turns, shapeTurn{quote: shapeQuotes[t], speaker: want, form: formNames[forms[t]]})
		prev = who
	}
	st.text = strings.TrimSpace(strings.ReplaceAll(w.b.String(), "\n ", "\n"))
	st.tags = []string{
		fmt.Sprintf("intro=%d", cfg.intro), fmt.Sprintf("hon=%d", cfg.hon), fmt.Sprintf("cast=%d", len(cast)),
		fmt.Sprintf("paras=%v", cfg.paras),
	}
	return st, true
}

// shapeFormFits reports whether form f can attribute a turn of cast[who]
// after a turn of cast[prev] (-1: none): a name form needs a name; a
// pronoun or a role noun needs the person named before; a pronoun needs
// the speaker to be the one named person of the gender (a name the list
// lacks, with no honorific, may be either), or the last speaker; a role noun one that the story gave and no one else holds.
func shapeFormFits(w *shapeWriter, who, prev, f int) bool {
	cast := w.cast
	p := cast[who]
	switch f {
	case formSaidAfter, formColon, formSaidRole, formDash, formAccording, formSays, formApposSaid, formPartial,
		formAddedColon, formQuestion:
		return p.named()
	case formBare:
		return who == prev
	case formToldOther, formSaidOf:
		return p.named() && w.other(who) >= 0
	case formRoleNoun, formRoleInverted:
		if !w.roled[who] {
			return false
		}
		for i, o := range cast {
			if i != who && o.roleNoun == p.roleNoun {
				return false
			}
		}
		return true
	}
	if !w.named[who] {
		return false
	}
	if who == prev {
		return true
	}
	for i, o := range cast {
		// no honorific on a name the list lacks: its gender is unknown
		unknown := o.unlisted && w.cfg.hon != honAll
		if i != who && o.named() && (o.fem == p.fem || unknown) && w.named[i] {
			return false
		}
	}
	return true
}

// shapeStories enumerates the matrix and keeps about limit stories, spread
// evenly over it by a fixed stride.
func shapeStories(limit int) []shapeStory {
	var all []shapeStory
	for _, ci := range shapeCasts {
		var cast []shapePerson
		for _, i := range ci {
			cast = append(cast, shapePeople[i])
		}
		for _, order := range shapeOrders {
			if shapeMaxIndex(order) >= len(cast) {
				continue
			}
			for intro := 0; intro < introStyles; intro++ {
				for hon := 0; hon < honStyles; hon++ {
					for _, paras := range []bool{false, true} {
						all = append(all, shapeFormStories(cast, order, shapeCfg{intro, hon, paras})...)
					}
				}
			}
		}
	}
	if len(all) <= limit {
		return all
	}
	var out []shapeStory
	step := float64(len(all)) / float64(limit)
	for x := 0.0; int(x) < len(all); x += step {
		out = append(out, all[int(x)])
	}
	return out
}

// shapeFormStories holds the stories of every pair of forms, the first
// turn's and the second's, later turns cycling through the forms.
func shapeFormStories(cast []shapePerson, order []int, cfg shapeCfg) []shapeStory {
	var out []shapeStory
	for f0 := 0; f0 < shapeForms; f0++ {
		for f1 := 0; f1 < shapeForms; f1++ {
			forms := []int{f0, f1}
			for t := 2; t < len(order); t++ {
				forms = append(forms, (f0+f1+t)%shapeForms)
			}
			if st, ok := composeShape(cast, order, cfg, forms); ok {
				out = append(out, st)
			}
		}
	}
	return out
}

func shapeMaxIndex(order []int) int {
	m := 0
	for _, i := range order {
		m = max(m, i)
	}
	return m
}

// shapeQuoteFloor is just under the rate of turns the extractor gets
// right; a fall below it fails the test.
const shapeQuoteFloor = 0.988

func TestShapesQuotesSm2(t *testing.T) {
	ex := newTestExtractor(t)
	stories := shapeStories(2000)
	type tally struct{ ok, n int }
	byClass := map[string]*tally{}
	count := func(k string, ok bool) {
		tl := byClass[k]
		if tl == nil {
			tl = &tally{}
			byClass[k] = tl
		}
		tl.n++
		if ok {
			tl.ok++
		}
	}
	right, turns := 0, 0
	logged := map[string]int{}
	for _, st := range stories {
		res := ex.Extract(st.text)
		named := map[string]bool{}
		for _, tr := range st.turns {
			named[tr.speaker] = tr.speaker != ""
		}
		for _, tr := range st.turns {
			got, found := "", false
			for _, q := range res.Quotes {
				if strings.Contains(strings.ToLower(q.Text), strings.ToLower(tr.quote)) {
					got, found = q.Speaker, true
					break
				}
			}
			ok := found && (got == tr.speaker || tr.speaker == "" && !named[got])
			turns++
			if ok {
				right++
			}
			count("form="+tr.form, ok)
			for _, tag := range st.tags {
				count(tag, ok)
			}
			if !ok && logged[tr.form] < 40 {
				logged[tr.form]++
				t.Logf("miss %s: %q got %q want %q in %q", tr.form, tr.quote, got, tr.speaker, st.text)
			}
		}
	}
	var keys []string
	for k := range byClass {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-20s %4d/%4d %.3f", k, byClass[k].ok, byClass[k].n, float64(byClass[k].ok)/float64(byClass[k].n))
	}
	rate := float64(right) / float64(turns)
	t.Logf("shape matrix: %d stories, %d/%d turns right (%.3f)", len(stories), right, turns, rate)
	if rate < shapeQuoteFloor {
		t.Errorf("shape matrix rate %.3f under the floor %.3f", rate, shapeQuoteFloor)
	}
}

// capitalWords capitalises each word: "health minister" -> "Health Minister".
func capitalWords(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = strings.ToUpper(w[i][:1]) + w[i][1:]
	}
	return strings.Join(w, " ")
}

// shapeCapital capitalises a sentence's first word: "the minister" opens
// "The minister added: …".
func shapeCapital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

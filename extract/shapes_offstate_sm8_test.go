package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestOffStateShapes composes two- to four-sentence snippets in which the
// sentence naming an official has no state word of its own, so that the
// state (GUIDELINES: "where the article says or makes it plain", "Turkey
// ... its president") must come from the discourse: a sentence that sets
// the state (by name, demonym, capital or possessive), a role, a form that
// links the name to it ("its ROLE, NAME", "NAME, the kingdom's ROLE",
// "Foreign Minister NAME" in a one-state story, a counterpart, an
// ambassador's sending state) and distractors (a second state, a
// non-state body). Rows whose state is not plain expect none.
func TestOffStateShapes(t *testing.T) {
	ex := newTestExtractor(t)
	rows := osRows()
	var tally shapeTally
	for _, c := range rows {
		got, ok := osVerdict(ex.Extract(c.text).Officials, c)
		tally.add(c.classes, ok, fmt.Sprintf("%s\n    want %s %s|%s, got %s", c.text, c.name, c.accept[0], c.country, got))
	}
	const floor = 0.997 // sm8: 1136 snippets, base binary .908 -> .998 (describedOwnerAfter, originCompound, jointStatesOpen)
	tally.report(t, "official state shapes", "", floor)
}

// osCase is one snippet and the official it must give; accept holds the
// right titles (lower case), country "" means the state is not plain.
type osCase struct {
	text, name, country string
	accept              []string
	classes             []string
}

// osVerdict finds the case's person and reports the record and whether
// the title and the state are right. A title is right when it is one of
// the accepted ones, or ends or opens with one as whole words.
func osVerdict(offs []Official, c osCase) (string, bool) {
	for _, o := range offs {
		if o.Name != c.name {
			continue
		}
		got := fmt.Sprintf("%s|%s|%s", o.Title, o.Country, o.Organization)
		title := strings.ToLower(o.Title)
		tok := false
		for _, a := range c.accept {
			if title == a || strings.HasSuffix(title, " "+a) || strings.HasPrefix(title, a+" ") {
				tok = true
			}
		}
		return got, tok && o.Country == c.country
	}
	return "NONE", false
}

// osState is a state as a story names it; kind is the noun that refers
// back to it ("the kingdom's"), city and province are places in it, lacks
// the head of state or government and senate it has not
// (data/absent_offices.tsv: a monarchy has no president).
type osState struct{ code, name, adj, capital, kind, city, province, lacks string }

var osStates = []osState{
	{"TR", "Turkey", "Turkish", "Ankara", "republic", "Izmir", "Hatay province", "prime minister;senator"},
	{"JO", "Jordan", "Jordanian", "Amman", "kingdom", "Irbid", "Mafraq governorate", "president"},
	{"LK", "Sri Lanka", "Sri Lankan", "Colombo", "island nation", "Kandy", "Uva province", "senator"},
	{"ID", "Indonesia", "Indonesian", "Jakarta", "country", "Surabaya", "Aceh province", "prime minister;senator"},
	{"MA", "Morocco", "Moroccan", "Rabat", "kingdom", "Tangier", "Souss-Massa region", "president;senator"},
	{"KE", "Kenya", "Kenyan", "Nairobi", "country", "Kisumu", "Mombasa county", "prime minister"},
	{"GH", "Ghana", "Ghanaian", "Accra", "republic", "Kumasi", "Ashanti region", "prime minister;senator"},
	{"NO", "Norway", "Norwegian", "Oslo", "kingdom", "Bergen", "Nordland county", "president;senator"},
	{"EG", "Egypt", "Egyptian", "Cairo", "country", "Alexandria", "Aswan governorate", ""},
	{"BR", "Brazil", "Brazilian", "Brasilia", "country", "Recife", "Bahia state", "prime minister"},
	{"PH", "the Philippines", "Filipino", "Manila", "island nation", "Davao", "Cebu province", "prime minister"},
	{"PL", "Poland", "Polish", "Warsaw", "country", "Krakow", "Silesia province", ""},
}

// osRole is a state's role: its noun after a possessive, its form before
// a name ("" = none is idiomatic), the right titles and the body its
// holder heads ("NAME, who heads the country's BODY").
type osRole struct {
	noun, bare string
	accept     []string
	heads      string
}

var osRoles = []osRole{
	{"president", "President", []string{"president"}, ""},
	{"prime minister", "Prime Minister", []string{"prime minister"}, ""},
	{"foreign minister", "Foreign Minister", []string{"foreign minister"}, "foreign ministry"},
	{"defence minister", "Defence Minister", []string{"defence minister"}, "defence ministry"},
	{"interior minister", "Interior Minister", []string{"interior minister"}, ""},
	{"finance minister", "Finance Minister", []string{"finance minister"}, ""},
	{"central bank governor", "Central bank governor", []string{"governor"}, "central bank"},
	{"army chief", "Army chief", []string{"army chief", "chief"}, "army"},
	{"police chief", "Police chief", []string{"police chief", "chief"}, "police"},
	{"ambassador to Germany", "", []string{"ambassador"}, ""},
	{"envoy", "", []string{"envoy"}, ""},
	{"foreign ministry spokesman", "Foreign ministry spokesman", []string{"spokesman"}, ""},
}

var osNames = []struct{ name, pron string }{
	{"Selim Arda", "his"}, {"Nadia Haddad", "her"}, {"Tomas Lindqvist", "his"},
	{"Grace Wanjiru", "her"}, {"Rafael Costa", "his"}, {"Anita Kowalczyk", "her"},
}

// osContext writes the sentence that sets the state, by form.
func osContext(form string, s osState) string {
	switch form {
	case "name":
		return capFirst(s.name) + " rejected the proposal on Monday."
	case "demonym":
		return s.adj + " officials rejected the proposal on Monday."
	case "capital":
		return s.capital + " said on Monday that it rejected the proposal."
	}
	return capFirst(osPoss(s)) + " government rejected the proposal on Monday."
}

var osContextForms = []string{"name", "demonym", "capital", "possessive"}

// osDistractor is a sentence about something else and where it stands:
// before the context, between it and the official, or after.
type osDistractor struct{ class, where, text string }

// osDistractors returns the distractors; "%s" is a second state.
var osDistractors = []osDistractor{
	{"none", "", ""},
	{"state before", "before", "Talks with %s stalled last week."},
	{"state after", "after", "%s has not commented."},
	{"UN before", "before", "The UN Security Council met on Sunday."},
	{"EU between", "between", "The EU had urged restraint."},
	{"NATO after", "after", "NATO ministers meet in Brussels next week."},
}

// osFrame puts a subject phrase ("Its president, NAME,") or a tail
// ("its president, NAME") in a sentence.
func osFrame(i int, subj, tail string) string {
	switch i % 3 {
	case 0:
		return capFirst(subj) + " said the plan was dead."
	case 1:
		return "\"We will not sign,\" said " + tail + "."
	}
	return capFirst(subj) + " told reporters that talks would go on."
}

// osLink writes the official's sentence for a link form, or "" when the
// form does not fit the role or the context.
func osLink(link string, r osRole, s osState, ctx, name string, turn, i int) string {
	kind := "country"
	if turn%2 == 1 {
		kind = s.kind
	}
	switch link {
	case "its ROLE, NAME":
		if ctx == "demonym" {
			return ""
		}
		return osFrame(i, "its "+r.noun+", "+name+",", "its "+r.noun+", "+name)
	case "the KIND's ROLE, NAME":
		p := "the " + kind + "'s " + r.noun + ", " + name
		return osFrame(i, p+",", p)
	case "NAME, the KIND's ROLE":
		p := name + ", the " + kind + "'s " + r.noun
		return osFrame(i, p+",", p)
	case "Bare NAME (one state)":
		if r.bare == "" {
			return ""
		}
		return osFrame(i, r.bare+" "+name, r.bare+" "+name)
	case "NAME, who heads the KIND's BODY":
		if r.heads == "" {
			return ""
		}
		p := name + ", who heads the " + kind + "'s " + r.heads
		return osFrame(i, p+",", p)
	}
	return ""
}

var osLinks = []string{"its ROLE, NAME", "the KIND's ROLE, NAME", "NAME, the KIND's ROLE", "Bare NAME (one state)", "NAME, who heads the KIND's BODY"}

// osRows composes the matrix.
func osRows() []osCase {
	var rows []osCase
	i := 0
	for turn := 0; turn < 3; turn++ {
		for _, r := range osRoles {
			for _, link := range osLinks {
				for _, ctx := range osContextForms {
					s := osStateWith(r.noun, i*5+turn)
					other := osStates[(i*5+turn+3)%len(osStates)]
					if other.code == s.code {
						other = osStates[(i*5+turn+4)%len(osStates)]
					}
					nm := osNames[i%len(osNames)].name
					off := osLink(link, r, s, ctx, nm, turn, i)
					if off == "" || (link == "Bare NAME (one state)" && r.noun == "ambassador to Germany") {
						continue
					}
					d := osDistractors[(i+turn)%len(osDistractors)]
					if link == "Bare NAME (one state)" && strings.HasPrefix(d.class, "state") {
						d = osDistractors[0] // a second state leaves a bare title's state open
					}
					if link == "its ROLE, NAME" && d.where == "between" {
						d = osDistractors[5]
					}
					text := osCompose(osContext(ctx, s), off, d, other)
					accept := r.accept
					if link == "NAME, who heads the KIND's BODY" {
						accept = append([]string{"head"}, r.accept...)
					}
					rows = append(rows, osCase{text: text, name: nm, country: s.code, accept: accept,
						classes: []string{"link:" + link, "ctx:" + ctx, "role:" + r.noun, "distractor:" + d.class, "state:" + s.code}})
					i++
				}
			}
		}
	}
	rows = append(rows, osLocalRows()...)
	rows = append(rows, osCounterpartRows()...)
	rows = append(rows, osAmbassadorRows()...)
	return append(rows, osNotPlainRows()...)
}

// osCompose puts the context, the official's sentence and a distractor
// in order.
func osCompose(ctx, off string, d osDistractor, other osState) string {
	dt := d.text
	if strings.Contains(dt, "%s") {
		dt = capFirst(fmt.Sprintf(dt, other.name))
		if d.where == "before" {
			dt = fmt.Sprintf(d.text, other.name)
		}
	}
	switch d.where {
	case "before":
		return dt + " " + ctx + " " + off
	case "between":
		return ctx + " " + dt + " " + off
	case "after":
		return ctx + " " + off + " " + dt
	}
	return ctx + " " + off
}

// osLocalRows writes legislators and local heads, who keep the state of
// the story they are in (settled policy: legislators keep their state,
// subnational heads -> their state).
func osLocalRows() []osCase {
	forms := []struct {
		class, subj, tail string
		accept            []string
	}{
		{"NAME, a senator", "%[1]s, a senator,", "%[1]s, a senator", []string{"senator"}},
		{"NAME, an MP", "%[1]s, an MP,", "%[1]s, an MP", []string{"mp"}},
		{"NAME, a member of the KIND's parliament", "%[1]s, a member of the %[4]s's parliament,", "%[1]s, a member of the %[4]s's parliament",
			[]string{"member of parliament", "member", "mp", "lawmaker"}},
		{"NAME, the mayor of CITY", "%[1]s, the mayor of %[2]s,", "%[1]s, the mayor of %[2]s", []string{"mayor"}},
		{"CITY Mayor NAME", "%[2]s Mayor %[1]s", "%[2]s Mayor %[1]s", []string{"mayor"}},
		{"CITY's mayor, NAME", "%[2]s's mayor, %[1]s,", "%[2]s's mayor, %[1]s", []string{"mayor"}},
		{"NAME, the governor of PROVINCE", "%[1]s, the governor of %[3]s,", "%[1]s, the governor of %[3]s", []string{"governor"}},
		{"the governor of PROVINCE, NAME", "the governor of %[3]s, %[1]s,", "the governor of %[3]s, %[1]s", []string{"governor"}},
	}
	var rows []osCase
	i := 0
	for _, f := range forms {
		for k := 0; k < 12; k++ {
			s := osStateWith(strings.TrimPrefix(f.accept[0], "member of parliament"), i*7)
			nm := osNames[i%len(osNames)].name
			ctx := osContextForms[i%len(osContextForms)]
			d := osDistractors[[]int{0, 3, 4, 5}[(i/2)%4]]
			sub := fmt.Sprintf(f.subj, nm, s.city, s.province, s.kind)
			tail := fmt.Sprintf(f.tail, nm, s.city, s.province, s.kind)
			text := osCompose(osContext(ctx, s), osFrame(i, sub, tail), d, s)
			rows = append(rows, osCase{text: text, name: nm, country: s.code, accept: f.accept,
				classes: []string{"local:" + f.class, "ctx:" + ctx, "distractor:" + d.class, "state:" + s.code}})
			i++
		}
	}
	return rows
}

// osStateWith returns the k-th state, or the next one after it, whose
// government has the office.
func osStateWith(office string, k int) osState {
	for j := 0; ; j++ {
		s := osStates[(k+j)%len(osStates)]
		if !strings.Contains(";"+s.lacks+";", ";"+office+";") {
			return s
		}
	}
}

// osPoss writes a state's possessive: "Turkey's", "the Philippines'".
func osPoss(s osState) string {
	if strings.HasSuffix(s.name, "s") {
		return s.name + "'"
	}
	return s.name + "'s"
}

// osCounterpartRows writes an official of one state meeting "his ADJ
// counterpart, NAME": the counterpart holds the state of the adjective,
// the first official keeps his own.
func osCounterpartRows() []osCase {
	forms := []struct{ class, text string }{
		// 1 first name, 2 pronoun, 3 other's possessive, 4 other's adjective,
		// 5 role, 6 bare role, 7 state's adjective, 8 name, 9 capital
		{"POSS ROLE, N1, met PRON ADJ counterpart, NAME,", "%[3]s %[5]s, %[1]s, met %[2]s %[7]s counterpart, %[8]s, in %[9]s on Monday."},
		{"ADJ Role N1 met PRON ADJ counterpart NAME", "%[4]s %[6]s %[1]s met %[2]s %[7]s counterpart %[8]s in %[9]s on Monday."},
		{"N1, POSS ROLE, spoke with PRON ADJ counterpart, NAME", "%[1]s, %[3]s %[5]s, spoke by phone with %[2]s %[7]s counterpart, %[8]s, on Monday."},
		{"N1 ... PRON ADJ counterpart NAME said", "%[4]s %[6]s %[1]s flew to %[9]s on Monday. %[2]s %[7]s counterpart %[8]s said the visit was welcome."},
	}
	var rows []osCase
	i := 0
	for _, f := range forms {
		for _, r := range osRoles[:6] {
			for k := 0; k < 4; k++ {
				s := osStateWith(r.noun, i*5+k)
				o := osStateWith(r.noun, i*5+k+2)
				if o.code == s.code {
					o = osStateWith(r.noun, i*5+k+3)
				}
				first, second := osNames[i%len(osNames)], osNames[(i+1)%len(osNames)]
				text := fmt.Sprintf(f.text, first.name, first.pron, capFirst(osPoss(o)), o.adj, r.noun, r.bare, s.adj, second.name, s.capital)
				text = strings.ReplaceAll(text, ". his ", ". His ")
				text = strings.ReplaceAll(text, ". her ", ". Her ")
				if k%2 == 1 {
					text = "The UN welcomed the talks. " + text
				}
				rows = append(rows,
					osCase{text: text, name: second.name, country: s.code, accept: append([]string{"counterpart"}, r.accept...),
						classes: []string{"counterpart:" + f.class, "role:" + r.noun, "state:" + s.code}},
					osCase{text: text, name: first.name, country: o.code, accept: r.accept,
						classes: []string{"counterpart first:" + f.class}})
				i++
			}
		}
	}
	return rows
}

// osAmbassadorRows writes envoys and ministers whose state is not the
// state of the story: an ambassador's state is the one that sends him.
func osAmbassadorRows() []osCase {
	forms := []struct {
		class, subj, tail string
		sending           bool // the envoy is of the story's state
		accept            []string
	}{
		// 1 name, 2 state's possessive, 3 state's adjective, 4 other's name,
		// 5 other's possessive, 6 other's adjective, 7 state's capital,
		// 8 state's name
		{"NAME, STATE's ambassador to OTHER", "%[1]s, %[2]s ambassador to %[4]s,", "%[1]s, %[2]s ambassador to %[4]s", true, []string{"ambassador"}},
		{"the ADJ ambassador to OTHER, NAME", "the %[3]s ambassador to %[4]s, %[1]s,", "the %[3]s ambassador to %[4]s, %[1]s", true, []string{"ambassador"}},
		{"NAME, the ambassador of STATE to OTHER", "%[1]s, the ambassador of %[8]s to %[4]s,", "%[1]s, the ambassador of %[8]s to %[4]s", true, []string{"ambassador"}},
		{"OTHER's ambassador in CAPITAL, NAME", "%[5]s ambassador in %[7]s, %[1]s,", "%[5]s ambassador in %[7]s, %[1]s", false, []string{"ambassador"}},
		{"OTHER's ambassador to STATE, NAME", "%[5]s ambassador to %[8]s, %[1]s,", "%[5]s ambassador to %[8]s, %[1]s", false, []string{"ambassador"}},
		{"OTHER-ADJ Ambassador NAME", "%[6]s Ambassador %[1]s", "%[6]s Ambassador %[1]s", false, []string{"ambassador"}},
		{"NAME, OTHER's envoy to STATE", "%[1]s, %[5]s envoy to %[8]s,", "%[1]s, %[5]s envoy to %[8]s", false, []string{"envoy"}},
		{"the ADJ-born OTHER-ADJ minister NAME", "the %[3]s-born %[6]s minister %[1]s", "the %[3]s-born %[6]s minister %[1]s", false, []string{"minister"}},
		{"OTHER's ADJ-born interior minister, NAME", "%[5]s %[3]s-born interior minister, %[1]s,", "%[5]s %[3]s-born interior minister, %[1]s", false, []string{"interior minister"}},
	}
	var rows []osCase
	i := 0
	for _, f := range forms {
		for k := 0; k < 16; k++ {
			s := osStates[(i*5)%len(osStates)]
			o := osStates[(i*5+3)%len(osStates)]
			nm := osNames[i%len(osNames)].name
			ctx := osContextForms[i%len(osContextForms)]
			args := []any{nm, osPoss(s), s.adj, o.name, osPoss(o), o.adj, s.capital, s.name}
			off := osFrame(i, fmt.Sprintf(f.subj, args...), fmt.Sprintf(f.tail, args...))
			text := osContext(ctx, s) + " " + off
			want := o.code
			if f.sending {
				want = s.code
			}
			rows = append(rows, osCase{text: text, name: nm, country: want, accept: f.accept,
				classes: []string{"abroad:" + f.class, "ctx:" + ctx}})
			i++
		}
	}
	return rows
}

// osNotPlainRows writes officials whose state the story does not make
// plain (two states as one subject and a bare title) or who serve a
// non-state body that "its" refers to: they keep no state.
func osNotPlainRows() []osCase {
	var rows []osCase
	i := 0
	for _, r := range osRoles {
		if r.bare == "" {
			continue
		}
		for k := 0; k < 8; k++ {
			s := osStateWith(r.noun, i*5)
			o := osStateWith(r.noun, i*5+4)
			if o.code == s.code {
				o = osStateWith(r.noun, i*5+5)
			}
			nm := osNames[i%len(osNames)].name
			ctx := capFirst(s.name) + " and " + o.name + " held talks on Monday."
			class := "two states joined + bare"
			if k%2 == 1 {
				ctx = s.adj + " and " + o.adj + " officials met on Monday."
				class = "two demonyms joined + bare"
			}
			text := ctx + " " + osFrame(i, r.bare+" "+nm, r.bare+" "+nm)
			rows = append(rows, osCase{text: text, name: nm, accept: r.accept, classes: []string{"not plain:" + class}})
			i++
		}
	}
	bodies := []struct{ body, role string }{
		{"The EU", "foreign policy chief"}, {"NATO", "secretary general"}, {"The UN", "envoy"},
		{"The African Union", "chairman"}, {"The World Bank", "president"}, {"The IMF", "managing director"},
	}
	for _, b := range bodies {
		for k := 0; k < 8; k++ {
			s := osStates[(i*5)%len(osStates)]
			nm := osNames[i%len(osNames)].name
			text := b.body + " urged restraint on Monday. " + osFrame(i, "its "+b.role+", "+nm+",", "its "+b.role+", "+nm)
			class := "body its"
			switch k % 3 {
			case 1:
				text = osContext(osContextForms[i%4], s) + " " + text
				class = "state then body its"
			case 2:
				text += " " + capFirst(s.name) + " has not commented."
				class = "body its then state"
			}
			rows = append(rows, osCase{text: text, name: nm, accept: []string{b.role}, classes: []string{"not plain:" + class}})
			i++
		}
	}
	return rows
}

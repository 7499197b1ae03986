package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestTroopShapes composes sentences from tables (how the sender is
// named, the verb, the personnel noun, the number and its hedge, the
// destination, the voice, a host named beside the sender) and checks the
// troop figures and the state that sends or holds them (GUIDELINES,
// Troops). Sentences with a number that is no troop figure (recruits,
// casualties, arrests, votes, ages, money, years, vehicles) must give none.
// A rule that reads one wording but not its sibling shows as a class below
// the others; the floor is just under today's rate.
func TestTroopShapes(t *testing.T) {
	ex := newTestExtractor(t)
	rows := troopShapeRows()
	approxWrong := 0
	var tally shapeTally
	for _, c := range rows {
		res := ex.Extract(c.text)
		got, ok, approxOK := troopShapeVerdict(res.Troops, c)
		if ok && !approxOK {
			approxWrong++
		}
		tally.add(c.classes, ok, fmt.Sprintf("[%s] %s\n    want %s, got %s", c.classes[0], c.text, troopShapeWant(c), got))
	}
	const floor = 0.999 // sm7: 2675 sentences, base binary .967 -> 1.000 (passive agent after the place, joint senders and agents, "thanked STATE for its", "in the eastern STATE", compound units)
	tally.report(t, "troop shapes", fmt.Sprintf(" (approximate flag wrong on %d passing rows)", approxWrong), floor)
}

// troopFig is one expected figure: its count, state ("" for none) and
// whether a hedge makes it approximate.
type troopFig struct {
	count  int64
	state  string
	approx bool
}

// troopShapeCase is one composed sentence and every figure it must give
// (none for the negative classes).
type troopShapeCase struct {
	text    string
	want    []troopFig
	classes []string
}

// troopShapeVerdict compares the distinct (count, state) pairs found with
// those wanted; the approximate flag is reported apart.
func troopShapeVerdict(got []Troops, c troopShapeCase) (string, bool, bool) {
	seen := map[string]bool{}
	var parts []string
	for _, tr := range got {
		k := fmt.Sprintf("%d:%s", tr.Count, tr.Country)
		if !seen[k] {
			seen[k] = true
			parts = append(parts, fmt.Sprintf("%s(%s)", k, tr.Rule))
		}
	}
	desc := "[" + strings.Join(parts, " ") + "]"
	if len(seen) != len(c.want) {
		return desc, false, false
	}
	approxOK := true
	for _, w := range c.want {
		if !seen[fmt.Sprintf("%d:%s", w.count, w.state)] {
			return desc, false, false
		}
		for _, tr := range got {
			if tr.Count == w.count && tr.Country == w.state && tr.Approximate != w.approx {
				approxOK = false
			}
		}
	}
	return desc, true, approxOK
}

func troopShapeWant(c troopShapeCase) string {
	var parts []string
	for _, w := range c.want {
		parts = append(parts, fmt.Sprintf("%d:%s", w.count, w.state))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// troopState is a sending state as a sentence names it.
type troopState struct{ code, name, adj, poss, capital string }

var troopStates = []troopState{
	{"KE", "Kenya", "Kenyan", "Kenya's", "Nairobi"},
	{"FR", "France", "French", "France's", "Paris"},
	{"GB", "Britain", "British", "Britain's", "London"},
	{"US", "the United States", "US", "America's", "Washington"},
	{"DE", "Germany", "German", "Germany's", "Berlin"},
	{"IN", "India", "Indian", "India's", "New Delhi"},
	{"RW", "Rwanda", "Rwandan", "Rwanda's", "Kigali"},
	{"IE", "Ireland", "Irish", "Ireland's", "Dublin"},
	{"TR", "Turkey", "Turkish", "Turkey's", "Ankara"},
	{"KR", "South Korea", "South Korean", "South Korea's", "Seoul"},
	{"BD", "Bangladesh", "Bangladeshi", "Bangladesh's", "Dhaka"},
	{"US", "the United States", "American", "America's", "Washington"},
	{"EG", "Egypt", "Egyptian", "Egypt's", "Cairo"},
	{"TD", "Chad", "Chadian", "Chad's", "N'Djamena"},
}

// troopNum is a number as written, with its hedge.
type troopNum struct {
	text   string
	count  int64
	approx bool
	kind   string
}

var troopNums = []troopNum{
	{"1,000", 1000, false, "digits"},
	{"up to 2,500", 2500, true, "up to"},
	{"about 800", 800, true, "about"},
	{"some 1,200", 1200, true, "some"},
	{"more than 3,000", 3000, true, "more than"},
	{"an additional 500", 500, false, "an additional"},
	{"a further 300", 300, false, "a further"},
	{"400", 400, false, "digits"},
	{"12,000", 12000, false, "digits"},
	{"two thousand", 2000, false, "words"},
	{"five hundred", 500, false, "words"},
	{"nearly 900", 900, true, "nearly"},
	{"at least 700", 700, true, "at least"},
	{"250 more", 250, false, "N more"},
	{"twenty thousand", 20000, false, "words"},
	{"roughly 1,500", 1500, true, "roughly"},
}

// troopStrong are the plain numbers a "-strong" compound takes.
var troopStrong = []troopNum{
	{"1,000", 1000, false, "digits"}, {"2,500", 2500, false, "digits"},
	{"400", 400, false, "digits"}, {"12,000", 12000, false, "digits"},
}

// troopNouns name military or police personnel; bare "men and women" name
// none ("sent 1,000 men and women to work in the Gulf"), so the matrix
// writes "men and women in uniform".
var troopNouns = []string{"troops", "soldiers", "peacekeepers", "police officers", "marines", "sailors",
	"personnel", "military advisers", "special forces", "gendarmes", "men and women in uniform"}

// troopDest is a destination with the preposition each verb wants.
type troopDest struct{ name, to, in, from string }

var troopDests = []troopDest{
	{"Haiti", "to Haiti", "in Haiti", "from Haiti"},
	{"UN mission", "to the UN mission in Lebanon", "with the UN mission in Lebanon", "from the UN mission in Lebanon"},
	{"border", "to the border", "along the border", "from the border"},
	{"South Sudan", "to South Sudan", "in South Sudan", "from South Sudan"},
	{"DR Congo", "to the Democratic Republic of Congo", "in the eastern Democratic Republic of Congo", "from the Democratic Republic of Congo"},
	{"border with", "to the border with Somalia", "along the border with Somalia", "from the border with Somalia"},
	{"Lebanon", "to Lebanon", "in southern Lebanon", "from Lebanon"},
}

// shapeTroopVerb is a verb phrase; {SUBJ} the sender, {N} the number, {NP}
// the personnel, {D} the destination with the verb's preposition.
type shapeTroopVerb struct{ name, tmpl, prep string }

var shapeTroopVerbs = []shapeTroopVerb{
	{"deploy", "{SUBJ} will deploy {N} {NP} {D}.", "to"},
	{"send", "{SUBJ} has sent {N} {NP} {D}.", "to"},
	{"dispatch", "{SUBJ} dispatched {N} {NP} {D} on Monday.", "to"},
	{"pledge", "{SUBJ} has pledged {N} {NP} {D}.", "to"},
	{"commit", "{SUBJ} has committed {N} {NP} {D}.", "to"},
	{"station", "{SUBJ} stations {N} {NP} {D}.", "in"},
	{"keep", "{SUBJ} keeps {N} {NP} {D}.", "in"},
	{"withdraw", "{SUBJ} will withdraw {N} {NP} {D}.", "from"},
	{"pull out", "{SUBJ} will pull out {N} {NP} {D}.", "from"},
	{"bring home", "{SUBJ} will bring home {N} {NP} {D}.", "from"},
	{"rotate in", "{SUBJ} will rotate in {N} fresh {NP} {D}.", "to"},
	{"contribute", "{SUBJ} contributes {N} {NP} {D}.", "to"},
	{"boost by", "{SUBJ} will boost its contingent {D} by {N} {NP}.", "in"},
	{"reinforce with", "{SUBJ} will reinforce its contingent {D} with {N} {NP}.", "in"},
	{"will have", "{SUBJ} will have {N} {NP} {D} by March.", "in"},
}

func (d troopDest) with(prep string) string {
	switch prep {
	case "in":
		return d.in
	case "from":
		return d.from
	}
	return d.to
}

// shapeTroopSender writes the sentence's subject for a state in one form, a
// sentence before it, and the demonym the personnel noun takes.
func shapeTroopSender(form string, s troopState, i int) (prev, subj, adj string) {
	switch form {
	case "name":
		return "", s.name, ""
	case "demonym":
		return "", "The government", s.adj
	case "possessive":
		return "", s.poss + []string{" government", " military"}[i%2], ""
	case "capital":
		return "", s.capital, ""
	case "the ADJ government":
		return "", "the " + s.adj + " government", ""
	case "the ADJ army":
		return "", "the " + s.adj + []string{" army", " defence ministry", " military"}[i%3], ""
	case "previous sentence":
		return s.poss + " leaders approved the plan on Monday.", "The government", ""
	case "pronoun it":
		return capFirst(s.name) + " agreed on Monday to lead the mission.", "It", ""
	}
	return capFirst(s.name) + " agreed on Monday to lead the mission.", "Its army", ""
}

var troopSenderForms = []string{"name", "demonym", "possessive", "capital", "the ADJ government",
	"the ADJ army", "previous sentence", "pronoun it", "pronoun its"}

// troopControls put the deploying verb after a verb of saying, planning
// or agreeing: "Kenya said it would send".
var troopControls = []struct{ name, tmpl string }{
	{"said it would", "{S} said it would {V} {N} {U} {D}."},
	{"announced plans to", "{S} announced plans to {V} {N} {U} {D}."},
	{"is expected to", "{S} is expected to {V} {N} {U} {D}."},
	{"agreed to", "{S} agreed to {V} {N} {U} {D}."},
	{"has offered to", "{S} has offered to {V} {N} {U} {D}."},
	{"plans to", "{S} plans to {V} {N} {U} {D} next year."},
	{"the ADJ president said STATE would", "The {A} president said {S} would {V} {N} {U} {D}."},
	{"STATE's parliament approved plans to", "{P} parliament approved plans to {V} {N} {U} {D}."},
}

// troopControlRows write each control verb with deploy, send and
// withdraw, states, numbers and nouns turned round.
func troopControlRows() []troopShapeCase {
	var rows []troopShapeCase
	verbs := []struct{ v, prep string }{{"deploy", "to"}, {"send", "to"}, {"withdraw", "from"}, {"keep", "in"}}
	i := 0
	for _, c := range troopControls {
		for k := 0; k < 16; k++ {
			s := troopStates[(i*5+k)%len(troopStates)]
			n := troopNums[troopTurn(i, len(troopNums))]
			noun := troopNouns[(i+k/3)%len(troopNouns)]
			d := troopDests[(i+k)%len(troopDests)]
			v := verbs[k%len(verbs)]
			text := strings.NewReplacer("{V}", v.v, "{D}", d.with(v.prep)).Replace(c.tmpl)
			rows = append(rows, troopShapeCase{text: troopFill(text, s, n, noun, d, s), want: []troopFig{{n.count, s.code, n.approx}},
				classes: []string{"control:" + c.name, "noun:" + noun, "num:" + n.kind, "state:" + s.adj}})
			i++
		}
	}
	return rows
}

// troopMoreNouns are further names of personnel, and troopMoreNums
// further hedges and written numbers, met in a grid of their own.
var troopMoreNouns = []string{"paratroopers", "servicemen", "service members", "commandos", "airmen",
	"military police", "riot police officers", "border guards", "national guard troops", "military instructors",
	"military observers", "infantry soldiers", "police"}

var troopMoreNums = []troopNum{
	{"a thousand", 1000, false, "words"},
	{"as many as 3,000", 3000, true, "as many as"},
	{"fewer than 500", 500, true, "fewer than"},
	{"around 600", 600, true, "around"},
	{"almost 700", 700, true, "almost"},
	{"an estimated 1,100", 1100, true, "an estimated"},
	{"over 2,000", 2000, true, "over"},
	{"approximately 450", 450, true, "approximately"},
	{"some two thousand", 2000, true, "some"},
	{"another 350", 350, false, "another"},
	{"1,000 more", 1000, false, "N more"},
	{"15,000", 15000, false, "digits"},
}

func troopMoreRows() []troopShapeCase {
	var rows []troopShapeCase
	tmpls := []string{"{S} will deploy {N} {U} {TO}.", "{S} has {N} {U} {IN}.", "{N} {A} {U} were withdrawn {FROM} last week.",
		"{P} defence ministry said it had sent {N} {U} {TO}."}
	i := 0
	for _, noun := range troopMoreNouns {
		for _, n := range troopMoreNums {
			s := troopStates[(i*5)%len(troopStates)]
			d := troopDests[(i+i/7)%len(troopDests)]
			t := tmpls[(i+i/len(tmpls))%len(tmpls)]
			rows = append(rows, troopShapeCase{text: troopFill(t, s, n, noun, d, s), want: []troopFig{{n.count, s.code, n.approx}},
				classes: []string{"more noun:" + noun, "more num:" + n.kind, "state:" + s.adj}})
			i++
		}
	}
	return rows
}

// troopShapeRows composes the matrix: every sender form with every verb
// and noun, the state, number and destination turned round by index so
// each meets the others without the full product.
func troopShapeRows() []troopShapeCase {
	var rows []troopShapeCase
	i := 0
	for _, form := range troopSenderForms {
		for _, v := range shapeTroopVerbs {
			for _, noun := range troopNouns {
				s := troopStates[(i*5+i/7)%len(troopStates)]
				n := troopNums[(i*3+i/11)%len(troopNums)]
				d := troopDests[(i+i/5)%len(troopDests)]
				prev, subj, adj := shapeTroopSender(form, s, i)
				np := noun
				if adj != "" {
					np = adj + " " + noun
				}
				text := strings.NewReplacer("{SUBJ}", capFirst(subj), "{N}", n.text, "{NP}", np, "{D}", d.with(v.prep)).Replace(v.tmpl)
				if prev != "" {
					text = prev + " " + text
				}
				rows = append(rows, troopShapeCase{text: text, want: []troopFig{{n.count, s.code, n.approx}},
					classes: []string{"sender:" + form, "verb:" + v.name, "noun:" + noun, "num:" + n.kind, "dest:" + d.name, "state:" + s.adj}})
				i++
			}
		}
	}
	rows = append(rows, troopVoiceRows()...)
	rows = append(rows, troopControlRows()...)
	rows = append(rows, troopMoreRows()...)
	rows = append(rows, troopHostRows()...)
	rows = append(rows, troopTwoSenderRows()...)
	return append(rows, troopNegativeRows()...)
}

// troopTurn turns row i round n values, every value once in n rows and
// shifted in the next n.
func troopTurn(i, n int) int {
	return (i*7 + i/n) % n
}

// troopFill replaces the tokens of a template: {S} name, {A} demonym,
// {P} possessive, {CAP} capital, {N} number, {U} noun, {TO} {IN} {FROM}
// the destination, {H} {HA} {HP} a host state.
func troopFill(tmpl string, s troopState, n troopNum, noun string, d troopDest, h troopState) string {
	text := strings.NewReplacer("{S}", s.name, "{A}", s.adj, "{P}", s.poss, "{CAP}", s.capital,
		"{N}", n.text, "{U}", noun, "{TO}", d.to, "{IN}", d.in, "{FROM}", d.from,
		"{H}", h.name, "{HA}", h.adj, "{HP}", h.poss).Replace(tmpl)
	// "its a further 300" is written "its further 300"
	text = strings.NewReplacer("its a ", "its ", "its an ", "its ").Replace(text)
	return capFirst(text)
}

// troopVoices write the figure in other voices: passive, a noun phrase,
// a contingent, an N-strong force, "from STATE", a held figure.
var troopVoices = []struct{ name, tmpl string }{
	{"passive by name", "{N} {U} will be deployed {TO} by {S}."},
	{"passive by capital", "{N} {U} were sent {TO} by {CAP} last month."},
	{"passive by government", "{N} {U} will be withdrawn {FROM} by the {A} government."},
	{"passive pledged by", "{N} {U} have been pledged {TO} by {S}."},
	{"passive demonym", "{N} {A} {U} were deployed {TO} on Monday."},
	{"passive demonym stationed", "{N} {A} {U} are stationed {IN}."},
	{"noun: the deployment of N ADJ", "The deployment of {N} {A} {U} {TO} was approved on Monday."},
	{"noun: STATE's deployment of N", "{P} deployment of {N} {U} {TO} began on Monday."},
	{"noun: the withdrawal of N ADJ", "The withdrawal of {N} {A} {U} {FROM} began on Monday."},
	{"noun: the arrival of N ADJ", "The arrival of {N} {A} {U} {IN} was delayed by a week."},
	{"contingent: send a contingent of N", "{S} will send a contingent of {N} {U} {TO}."},
	{"contingent: a contingent of N ADJ arrived", "A contingent of {N} {A} {U} arrived {IN} on Monday."},
	{"contingent: has a contingent of N", "{S} has a contingent of {N} {U} {IN}."},
	{"from: N NOUN from STATE deployed", "{N} {U} from {S} will be deployed {TO}."},
	{"from: N NOUN from STATE arrived", "{N} {U} from {S} arrived {IN} on Tuesday."},
	{"held: STATE's N NOUN", "{P} {N} {U} {IN} will stay until the end of the year."},
	{"held: there are N ADJ", "There are {N} {A} {U} {IN}."},
	{"held: STATE now has N", "{S} now has {N} {U} {IN}."},
	{"said: ministry said it would send", "The {A} defence ministry said it would send {N} {U} {TO}."},
	{"said: quoted we will deploy", "\"We will deploy {N} {U} {TO},\" the {A} defence minister said."},
}

// troopStrongVoices take a plain number before "-strong".
var troopStrongVoices = []struct{ name, tmpl string }{
	{"strong: send a N-strong force", "{S} will send a {N}-strong force {TO}."},
	{"strong: a N-strong ADJ contingent", "A {N}-strong {A} contingent is stationed {IN}."},
	{"strong: deploy a N-strong police unit", "{S} will deploy a {N}-strong police unit {TO}."},
	{"strong: ADJ N-strong battalion", "The {A} government will withdraw its {N}-strong battalion {FROM}."},
}

// troopVoiceRows write each voice with a turn of states, numbers, nouns
// and the destinations that name a state.
func troopVoiceRows() []troopShapeCase {
	var rows []troopShapeCase
	dests := []troopDest{troopDests[0], troopDests[3], troopDests[4], troopDests[6]}
	i := 0
	for _, v := range troopVoices {
		for k := 0; k < 16; k++ {
			s := troopStates[(i*3+k)%len(troopStates)]
			n := troopNums[troopTurn(i, len(troopNums))]
			noun := troopNouns[(i+k/4)%(len(troopNouns)-1)]
			d := dests[(i+k)%len(dests)]
			rows = append(rows, troopShapeCase{text: troopFill(v.tmpl, s, n, noun, d, s), want: []troopFig{{n.count, s.code, n.approx}},
				classes: []string{"voice:" + v.name, "noun:" + noun, "num:" + n.kind, "state:" + s.adj}})
			i++
		}
	}
	for _, v := range troopStrongVoices {
		for k := 0; k < 12; k++ {
			s := troopStates[(i*3+k)%len(troopStates)]
			n := troopStrong[k%len(troopStrong)]
			d := dests[(i+k)%len(dests)]
			rows = append(rows, troopShapeCase{text: troopFill(v.tmpl, s, n, "", d, s), want: []troopFig{{n.count, s.code, false}},
				classes: []string{"voice:" + v.name, "state:" + s.adj}})
			i++
		}
	}
	return rows
}

// troopHosts are states that host others' troops.
var troopHosts = []troopState{
	{"DE", "Germany", "German", "Germany's", "Berlin"},
	{"KR", "South Korea", "South Korean", "South Korea's", "Seoul"},
	{"JP", "Japan", "Japanese", "Japan's", "Tokyo"},
	{"PL", "Poland", "Polish", "Poland's", "Warsaw"},
	{"SO", "Somalia", "Somali", "Somalia's", "Mogadishu"},
	{"HT", "Haiti", "Haitian", "Haiti's", "Port-au-Prince"},
	{"LB", "Lebanon", "Lebanese", "Lebanon's", "Beirut"},
	{"ML", "Mali", "Malian", "Mali's", "Bamako"},
	{"EE", "Estonia", "Estonian", "Estonia's", "Tallinn"},
}

// troopHostForms name the host state beside (often before) the sender;
// the figure is the sender's.
var troopHostForms = []struct{ name, tmpl string }{
	{"In HOST, STATE has deployed", "In {H}, {S} has deployed {N} {U}."},
	{"HOST's government said STATE would send", "{HP} government said {S} would send {N} {U}."},
	{"HOST welcomed N ADJ", "{H} welcomed {N} {A} {U} on Tuesday."},
	{"HOST hosts N ADJ", "{H} hosts {N} {A} {U}."},
	{"HOST is home to N ADJ", "{H} is home to {N} {A} {U}."},
	{"there are N ADJ in HOST", "There are {N} {A} {U} in {H}."},
	{"the N ADJ in HOST", "The {N} {A} {U} in {H} will stay, officials said."},
	{"HOST, which hosts N ADJ,", "{H}, which hosts {N} {A} {U}, asked for more."},
	{"HOST asked STATE to keep its N", "{H} asked {S} to keep its {N} {U} in the country."},
	{"HOST ordered the N ADJ stationed there", "{H} ordered the {N} {A} {U} stationed there to leave."},
	{"HOSTADJ officials said N ADJ crossed", "{HA} officials said {N} {A} {U} had crossed the border."},
	{"HOST said STATE had deployed", "{H} said {S} had deployed {N} {U} on its soil."},
	{"the HOSTADJ government thanked STATE", "The {HA} government thanked {S} for its {N} {U}."},
	{"HOST will receive N ADJ", "{H} will receive {N} {A} {U} next month."},
	{"HOST asked for N NOUN from STATE", "{H} asked for {N} {U} from {S}."},
	{"HOST, where N ADJ are stationed,", "{H}, where {N} {A} {U} are stationed, wants them to stay."},
	{"the N ADJ stationed in HOST", "The {N} {A} {U} stationed in {H} will stay."},
	{"HOST's government said N ADJ would leave", "{HP} government said {N} {A} {U} would leave."},
	{"STATE, which has N in HOST, said", "{S}, which has {N} {U} in {H}, said it would stay."},
}

func troopHostRows() []troopShapeCase {
	var rows []troopShapeCase
	i := 0
	for _, f := range troopHostForms {
		for k := 0; k < 10; k++ {
			s := troopStates[(i*5+k)%len(troopStates)]
			h := troopHosts[(i+k*2)%len(troopHosts)]
			if h.code == s.code {
				h = troopHosts[(i+k*2+1)%len(troopHosts)]
			}
			n := troopNums[troopTurn(i, len(troopNums))]
			noun := troopNouns[(i+k)%(len(troopNouns)-1)]
			rows = append(rows, troopShapeCase{text: troopFill(f.tmpl, s, n, noun, troopDests[0], h), want: []troopFig{{n.count, s.code, n.approx}},
				classes: []string{"host:" + f.name, "noun:" + noun, "num:" + n.kind, "state:" + s.adj}})
			i++
		}
	}
	return rows
}

// troopTwoSenderForms name two senders of one figure, which then has no
// state; the last form gives each sender its own figure.
var troopTwoSenderForms = []struct{ name, tmpl string }{
	{"STATE and STATE2 will deploy", "{S} and {S2} will deploy {N} {U} {TO}."},
	{"N ADJ and ADJ2 NOUN stationed", "{N} {A} and {A2} {U} are stationed {IN}."},
	{"STATE and STATE2 have pledged", "{S} and {S2} have pledged {N} {U} {TO}."},
	{"N NOUN from STATE and STATE2", "{N} {U} from {S} and {S2} arrived {IN} on Monday."},
	{"the N ADJ and ADJ2 NOUN", "The {N} {A} and {A2} {U} {IN} will leave next year."},
	{"N NOUN were sent by STATE and STATE2", "{N} {U} were sent {TO} by {S} and {S2}."},
}

func troopTwoSenderRows() []troopShapeCase {
	var rows []troopShapeCase
	i := 0
	dests := []troopDest{troopDests[0], troopDests[3], troopDests[4], troopDests[6]}
	for _, f := range troopTwoSenderForms {
		for k := 0; k < 8; k++ {
			s := troopStates[(i*3+k)%len(troopStates)]
			s2 := troopStates[(i*3+k+4)%len(troopStates)]
			n := troopNums[troopTurn(i, len(troopNums))]
			noun := troopNouns[(i+k)%(len(troopNouns)-1)]
			d := dests[(i+k)%len(dests)]
			text := strings.NewReplacer("{S2}", s2.name, "{A2}", s2.adj).Replace(f.tmpl)
			rows = append(rows, troopShapeCase{text: troopFill(text, s, n, noun, d, s), want: []troopFig{{n.count, "", n.approx}},
				classes: []string{"two senders:" + f.name, "noun:" + noun, "num:" + n.kind}})
			i++
		}
	}
	for k := 0; k < 12; k++ {
		s := troopStates[(k*3)%len(troopStates)]
		s2 := troopStates[(k*3+5)%len(troopStates)]
		if s.code == s2.code {
			s2 = troopStates[(k*3+6)%len(troopStates)]
		}
		n, m := troopNums[k%len(troopNums)], troopNums[(k+5)%len(troopNums)]
		if n.count == m.count {
			m = troopNums[(k+6)%len(troopNums)]
		}
		d := dests[k%len(dests)]
		text := fmt.Sprintf("%s will deploy %s troops %s, and %s will send %s soldiers.", capFirst(s.name), n.text, d.to, s2.name, m.text)
		rows = append(rows, troopShapeCase{text: text, want: []troopFig{{n.count, s.code, n.approx}, {m.count, s2.code, m.approx}},
			classes: []string{"two senders:each its own figure"}})
	}
	return rows
}

// troopNegatives hold a number beside troops that is no troop figure.
var troopNegatives = []struct{ name, tmpl string }{
	{"recruits", "{S} plans to recruit {N} new soldiers this year."},
	{"recruits", "The {A} army will train {N} recruits this year."},
	{"recruits", "{S} enlisted {N} recruits last year."},
	{"recruits", "The {A} police force will hire {N} new officers."},
	{"conscription", "The {A} government aims to conscript {N} young men by the end of the year."},
	{"conscription", "{S} raised its conscription target to {N}."},
	{"conscription", "{N} young men are due to be drafted into the {A} army this year."},
	{"casualties", "{N} {A} soldiers were killed in an ambush {IN}."},
	{"casualties", "{N} {A} peacekeepers were wounded {IN} on Monday."},
	{"casualties", "The attack killed {N} {A} troops."},
	{"casualties", "{N} {A} police officers were injured in the blast."},
	{"casualties", "{S} has lost {N} soldiers {IN} since the mission began."},
	{"arrests", "Police arrested {N} {A} soldiers over the coup plot."},
	{"arrests", "{N} {A} soldiers were detained after the mutiny."},
	{"arrests", "{S} has charged {N} troops with desertion."},
	{"votes", "Lawmakers voted {V} to 90 to send troops {TO}."},
	{"votes", "The motion to deploy {A} troops passed with {V} votes."},
	{"votes", "{P} parliament approved the deployment by {V} votes to 41."},
	{"ages", "The {A} soldiers, aged 19 to 25, were deployed {TO}."},
	{"ages", "{A} troops as young as 18 have been sent {TO}."},
	{"ages", "The 22-year-old {A} soldier returned home on Friday."},
	{"money", "{S} will receive ${V} million to deploy troops {TO}."},
	{"money", "The deployment of {A} troops will cost ${V}m a year."},
	{"money", "{S} pledged ${V} million for the {A}-led force."},
	{"years", "{S} first deployed troops {TO} in 2011."},
	{"years", "{A} troops have been stationed {IN} since 2006."},
	{"years", "In 2019, {S} withdrew its troops {FROM}."},
	{"vehicles", "{S} will deploy {N} armoured vehicles {TO}."},
	{"vehicles", "The {A} navy sent {N} warships to the Red Sea."},
	{"vehicles", "{S} has stationed {N} fighter jets {IN}."},
	{"vehicles", "{S} will send {N} helicopters {TO}."},
	{"vehicles", "The {A} army will withdraw {N} tanks {FROM}."},
	{"workers", "{S} has sent {N} men and women to work in the Gulf."},
	{"unit names", "The 101st Airborne Division will deploy {TO}, {P} army said."},
	{"unit names", "{A} troops of the 3rd Infantry Brigade are stationed {IN}."},
	{"unit names", "The 82nd Airborne has sent paratroopers {TO}."},
	{"resolution numbers", "Under Resolution 1701, {A} troops patrol southern Lebanon."},
	{"resolution numbers", "{S} sent troops {TO} under UN Security Council Resolution 2719."},
	{"percent", "{S} will cut its troops {IN} by 20 percent."},
	{"percent", "About 30% of the {A} troops {IN} are women."},
	{"distance", "{A} troops moved 30 kilometres {IN} on Monday."},
	{"distance", "{S} keeps troops 15 miles from the border."},
	{"dates and times", "On 14 March, {A} troops arrived {IN}."},
	{"dates and times", "{A} troops left their base at 5 am on Tuesday."},
	{"population", "{A} troops are stationed in a town of 20,000 people."},
	{"population", "{S} deployed troops to protect {N} refugees."},
	{"bases and flights", "{S} flew troops {TO} on {N} flights."},
	{"bases and flights", "{S} has troops at {N} bases {IN}."},
}

func troopNegativeRows() []troopShapeCase {
	var rows []troopShapeCase
	small := []troopNum{{"12", 12, false, ""}, {"five", 5, false, ""}, {"40", 40, false, ""},
		{"about 300", 300, true, ""}, {"1,200", 1200, false, ""}, {"two", 2, false, ""}}
	votes := []string{"212", "118", "300", "96"}
	dests := []troopDest{troopDests[0], troopDests[3], troopDests[4], troopDests[6]}
	i := 0
	for _, f := range troopNegatives {
		for k := 0; k < 6; k++ {
			s := troopStates[(i*5+k)%len(troopStates)]
			n := small[(i+k)%len(small)]
			d := dests[(i+k)%len(dests)]
			tmpl := strings.ReplaceAll(f.tmpl, "{V}", votes[(i+k)%len(votes)])
			rows = append(rows, troopShapeCase{text: troopFill(tmpl, s, n, "", d, s),
				classes: []string{"neg:" + f.name}})
			i++
		}
	}
	return rows
}

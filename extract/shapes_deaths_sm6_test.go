package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestDeathShapes composes death-toll sentences from tables (the count as
// digits or words, a hedge, the victims, the death phrase, where the clause
// stands, a time frame and a sentence with other numbers before it) and
// sentences that state no death (injured, arrested, ages, money, votes,
// a death that only could happen) and checks the set of counts. A rule
// that reads one wording but not its sibling shows as a class below the
// others; the floor is just under today's rate, as TestPassages's are.
func TestDeathShapes(t *testing.T) {
	ex := newTestExtractor(t)
	rows := deathShapeRows()
	approx := map[string][2]int{}
	var tally shapeTally
	for _, c := range rows {
		res := ex.Extract(c.text)
		got, ok := deathShapeVerdict(res.Deaths, c)
		deathShapeApprox(res.Deaths, c, approx)
		tally.add(c.classes, ok, fmt.Sprintf("%s\n    want %v (absent %v), got %s", c.text, c.counts, c.absent, got))
	}
	t.Logf("approximate right, by hedge (over figures found):")
	logShapeClasses(t, approx)
	const floor = 0.998 // sm6: 2672 sentences ("gunned down" alone moved to the negatives, as the wound-or-death rule reads it), base binary .975 -> 1.000 after sm6 ("a total of" before the number, hostages who died, lives lost, "-ing ... to death", longer objects before "to death", a verb phrase of dying after "members of the ...", a state's people as the object)
	tally.report(t, "death shapes", "", floor)
}

// deathShapeCase is one composed sentence and the counts it must give:
// exactly counts, or, when absent is set, anything without those.
type deathShapeCase struct {
	text    string
	counts  []int64
	absent  []int64
	hedge   string // the hedge of the first count, for the approximate tally
	classes []string
}

// deathShapeVerdict compares the distinct counts found with the case's.
func deathShapeVerdict(ds []Deaths, c deathShapeCase) (string, bool) {
	seen := map[int64]bool{}
	var got []string
	for _, d := range ds {
		got = append(got, fmt.Sprintf("%d(%s)", d.Count, d.Rule))
		seen[d.Count] = true
	}
	desc := "[" + strings.Join(got, " ") + "]"
	if c.absent != nil {
		for _, n := range c.absent {
			if seen[n] {
				return desc, false
			}
		}
		return desc, true
	}
	if len(seen) != len(c.counts) {
		return desc, false
	}
	for _, n := range c.counts {
		if !seen[n] {
			return desc, false
		}
	}
	return desc, true
}

// deathShapeApprox tallies, by hedge, whether the first count's figure is
// marked approximate exactly when a hedge stands before it.
func deathShapeApprox(ds []Deaths, c deathShapeCase, tally map[string][2]int) {
	if len(c.counts) == 0 {
		return
	}
	for _, d := range ds {
		if d.Count != c.counts[0] {
			continue
		}
		k := "hedge:" + c.hedge
		n := tally[k]
		n[1]++
		if d.Approximate == (c.hedge != "") {
			n[0]++
		}
		tally[k] = n
		return
	}
}

// dshapeCount is a count as written and its value. Words count, "dozens"
// does not (GUIDELINES, Deaths).
type dshapeCount struct {
	text string
	n    int64
}

var dshapeCounts = []dshapeCount{
	{"17", 17}, {"1,204", 1204}, {"seventeen", 17}, {"forty-two", 42},
	{"230", 230}, {"six", 6}, {"2,500", 2500}, {"nine", 9},
	{"twenty-one", 21}, {"two hundred", 200}, {"1.5 million", 1500000}, {"eleven", 11},
	{"fifty", 50}, {"3,000", 3000}, {"a hundred", 100}, {"14", 14}, {"ninety-nine", 99},
}

// dshapeHedges are the words that make a figure approximate.
var dshapeHedges = []string{"", "at least", "more than", "around", "about", "nearly", "some", "up to", "over", "almost",
	"an estimated", "as many as", "roughly", "approximately", "close to",
	"a total of", "just over", "well over", "upwards of", "in excess of"}

var dshapeNouns = []string{"people", "civilians", "soldiers", "migrants", "children", "workers",
	"passengers", "villagers", "police officers", "fighters", "Palestinians", "protesters",
	"miners", "pilgrims", "aid workers", "journalists", "Israeli soldiers", "members of the security forces",
	"students", "women", "troops", "peacekeepers", "U.S. service members", "Rohingya refugees",
	"hostages", "inmates", "health workers", "family members", "Hamas fighters", "Russian soldiers"}

// dshapeFrames close a clause with a span of time, which makes the toll a
// running one but keeps it a toll; some carry numbers of their own.
var dshapeFrames = []string{"", " since January", " so far this year", " over the past week",
	" in the past 24 hours", " since October 7", " in 2023", " on 12 March", " over the past three days"}

// dshapeContexts open the story with other numbers that are no deaths.
var dshapeContexts = []struct{ name, text string }{
	{"none", ""},
	{"budget", "The government approved a $2.5 billion budget in 2024."},
	{"turnout", "Turnout was 64 percent, with 3,400 polling stations open."},
	{"votes", "The 45-year-old mayor was re-elected with 12,000 votes."},
	{"injured", "Hospitals treated 350 wounded people on Tuesday."},
	{"vague", "Dozens of homes were destroyed."},
}

// dshapePhrase is a wording of a death. kind "subj" is a verb phrase after
// the victims ("were killed in the attack"); "agent" a verb with the
// victims as object, past and -ing forms with %s for them and the subject
// that does it (people when who is set); "toll" a nominal toll with %s for the figure, with the
// victims' noun when noun is set.
type dshapePhrase struct {
	kind, past, ing, subject string
	noun                     bool
	who                      bool // the subject is people: "who", not "which"
}

var dshapePhrases = []dshapePhrase{
	{kind: "subj", past: "were killed in the attack"},
	{kind: "subj", past: "died in the fire"},
	{kind: "subj", past: "lost their lives in the floods"},
	{kind: "subj", past: "were found dead in the rubble"},
	{kind: "subj", past: "perished in the blaze"},
	{kind: "subj", past: "drowned when the boat capsized"},
	{kind: "subj", past: "were shot dead by gunmen"},
	{kind: "subj", past: "have died of cholera"},
	{kind: "subj", past: "were confirmed dead"},
	{kind: "subj", past: "were killed"},
	{kind: "subj", past: "have been killed"},
	{kind: "subj", past: "are dead"},
	{kind: "subj", past: "were massacred"},
	{kind: "subj", past: "were executed by the militants"},
	{kind: "subj", past: "were murdered"},
	{kind: "subj", past: "were crushed to death"},
	{kind: "subj", past: "were burned to death"},
	{kind: "subj", past: "succumbed to their injuries"},
	{kind: "subj", past: "were pronounced dead at the scene"},
	{kind: "subj", past: "were slain"},
	{kind: "subj", past: "were killed by a car bomb"},
	{kind: "subj", past: "were killed and dozens wounded"},
	{kind: "subj", past: "were stabbed to death"},
	{kind: "subj", past: "were beaten to death"},
	{kind: "subj", past: "were hacked to death"},
	{kind: "subj", past: "were electrocuted"},
	{kind: "subj", past: "were lynched"},
	{kind: "subj", past: "were assassinated"},
	{kind: "subj", past: "were killed in action"},
	{kind: "subj", past: "starved to death"},
	{kind: "subj", past: "froze to death"},
	{kind: "subj", past: "were trampled to death in the crush"},
	{kind: "subj", past: "died of their wounds"},
	{kind: "subj", past: "were fatally shot"},
	{kind: "subj", past: "were shot and killed"},
	{kind: "subj", past: "were reported killed"},
	{kind: "subj", past: "were reported dead"},
	{kind: "subj", past: "are known to have died"},
	{kind: "subj", past: "are believed to have died"},
	{kind: "subj", past: "were said to have been killed"},
	{kind: "subj", past: "were among those killed"},
	{kind: "subj", past: "were killed, officials said"},
	{kind: "subj", past: "were executed"},
	{kind: "subj", past: "were beheaded"},
	{kind: "agent", past: "killed %s", ing: "killing %s", subject: "The blast"},
	{kind: "agent", past: "claimed the lives of %s", ing: "claiming the lives of %s", subject: "The earthquake"},
	{kind: "agent", past: "left %s dead", ing: "leaving %s dead", subject: "The attack"},
	{kind: "agent", past: "shot dead %s", ing: "shooting dead %s", subject: "Gunmen", who: true},
	{kind: "agent", past: "have killed %s", ing: "killing %s", subject: "Air strikes"},
	{kind: "agent", past: "kills %s", ing: "killing %s", subject: "Bus crash"},
	{kind: "agent", past: "destroyed the market and killed %s", ing: "killing %s", subject: "The bomb"},
	{kind: "agent", past: "killed %s and wounded dozens", ing: "killing %s and wounding dozens", subject: "The explosion"},
	{kind: "agent", past: "took the lives of %s", ing: "taking the lives of %s", subject: "The outbreak"},
	{kind: "agent", past: "massacred %s", ing: "massacring %s", subject: "Militants", who: true},
	{kind: "agent", past: "shot and killed %s", ing: "shooting and killing %s", subject: "Soldiers", who: true},
	{kind: "agent", past: "executed %s", ing: "executing %s", subject: "The militants", who: true},
	{kind: "agent", past: "slaughtered %s", ing: "slaughtering %s", subject: "Raiders", who: true},
	{kind: "agent", past: "beheaded %s", ing: "beheading %s", subject: "Insurgents", who: true},
	{kind: "agent", past: "murdered %s", ing: "murdering %s", subject: "The gang"},
	{kind: "agent", past: "stabbed %s to death", ing: "stabbing %s to death", subject: "The attacker", who: true},
	{kind: "agent", past: "cost the lives of %s", ing: "costing the lives of %s", subject: "The war"},
	{kind: "agent", past: "resulted in the deaths of %s", ing: "resulting in the deaths of %s", subject: "The collapse"},
	{kind: "agent", past: "caused the deaths of %s", ing: "causing the deaths of %s", subject: "The heatwave"},
	{kind: "agent", past: "led to the deaths of %s", ing: "leading to the deaths of %s", subject: "The stampede"},
	{kind: "toll", past: "The death toll rose to %s"},
	{kind: "toll", past: "The death toll stands at %s"},
	{kind: "toll", past: "The number of dead reached %s"},
	{kind: "toll", past: "Officials reported %s deaths"},
	{kind: "toll", past: "%s deaths have been confirmed"},
	{kind: "toll", past: "%s bodies were recovered from the rubble"},
	{kind: "toll", past: "Authorities recorded %s fatalities"},
	{kind: "toll", past: "The dead included %s", noun: true},
	{kind: "toll", past: "Among the dead were %s", noun: true},
	{kind: "toll", past: "The number of people killed reached %s"},
	{kind: "toll", past: "The floods have claimed %s lives"},
	{kind: "toll", past: "The government mourned the deaths of %s", noun: true},
	{kind: "toll", past: "The %s killed in the attack were buried on Friday", noun: true},
	{kind: "toll", past: "The death toll has climbed to %s", noun: true},
	{kind: "toll", past: "The toll from the storm reached %s dead"},
	{kind: "toll", past: "The health ministry put the death toll at %s"},
	{kind: "toll", past: "The army said %s of its soldiers were killed"},
	{kind: "toll", past: "%s killed in bus crash"},
	{kind: "toll", past: "The disaster killed %s, most of them children"},
	{kind: "toll", past: "There were %s deaths"},
	{kind: "toll", past: "The war has cost %s lives"},
	{kind: "toll", past: "The number of deaths rose to %s"},
	{kind: "toll", past: "The confirmed death toll is %s"},
	{kind: "toll", past: "%s lives were lost"},
	{kind: "toll", past: "The crash caused the loss of %s lives"},
	{kind: "toll", past: "Police recorded %s murders"},
	{kind: "toll", past: "Police investigated %s killings"},
	{kind: "toll", past: "%s dead in bus crash"},
	{kind: "toll", past: "The toll is now %s dead"},
	{kind: "toll", past: "The clashes left a toll of %s dead"},
	{kind: "toll", past: "The death toll passed %s"},
	{kind: "toll", past: "The bodies of %s were pulled from the river", noun: true},
	{kind: "toll", past: "Medics counted %s dead", noun: true},
	{kind: "toll", past: "%s were dead", noun: true},
}

// dshapePositions are where the clause stands, by kind of phrase.
var dshapePositions = map[string][]string{
	"subj":  {"main", "said", "where", "in which", "after", "fronted", "quoted", "said that", "dashes"},
	"agent": {"main", "said", "comma -ing", "which", "year fronted", "quoted", "that", "dashed -ing"},
	"toll":  {"main", "said", "according to", "quoted"},
}

// dshapeClause writes phrase p with the figure np in position pos, the
// frame closing main clauses.
func dshapeClause(p dshapePhrase, pos, np, frame string) string {
	switch p.kind {
	case "subj":
		switch pos {
		case "main":
			return capFirst(np) + " " + p.past + frame + "."
		case "said":
			return "Officials said " + np + " " + p.past + frame + "."
		case "said that":
			return "The ministry said on Tuesday that " + np + " " + p.past + frame + "."
		case "quoted":
			return "\"" + capFirst(np) + " " + p.past + frame + ",\" the spokesman said."
		case "where":
			return "The storm hit the coastal town of Ora, where " + np + " " + p.past + "."
		case "in which":
			return "The attack, in which " + np + " " + p.past + ", drew wide condemnation."
		case "after":
			return "A curfew was imposed after " + np + " " + p.past + "."
		case "dashes":
			return "The raid — " + np + " " + p.past + " — was the worst in years."
		}
		return "On Tuesday, " + np + " " + p.past + "."
	case "agent":
		obj := fmt.Sprintf(p.past, np)
		low := strings.ToLower(p.subject[:1]) + p.subject[1:]
		switch pos {
		case "main":
			return p.subject + " " + obj + frame + "."
		case "said":
			return "Police said " + low + " " + obj + frame + "."
		case "quoted":
			return "\"" + p.subject + " " + obj + frame + ",\" the spokesman said."
		case "comma -ing":
			return "Violence erupted in the town on Tuesday, " + fmt.Sprintf(p.ing, np) + "."
		case "which":
			rel := "which"
			if p.who {
				rel = "who"
			}
			return p.subject + ", " + rel + " " + obj + ", drew wide condemnation."
		case "that":
			return "Leaders condemned the violence that " + obj + "."
		case "dashed -ing":
			return "The violence — " + fmt.Sprintf(p.ing, np) + " — drew wide condemnation."
		}
		return "In 2019, " + low + " " + obj + "."
	}
	raw := fmt.Sprintf(p.past, np)
	s, low := capFirst(raw), raw
	if p.past[0] != '%' {
		low = strings.ToLower(raw[:1]) + raw[1:]
	}
	switch pos {
	case "main":
		return s + frame + "."
	case "said":
		return "Officials said " + low + frame + "."
	case "quoted":
		return "\"" + s + frame + ",\" the spokesman said."
	}
	return "According to officials, " + low + "."
}

// dshapeNP writes hedge, count and noun as one phrase.
func dshapeNP(h string, c dshapeCount, noun string) string {
	return strings.TrimSpace(strings.Join([]string{h, c.text, noun}, " "))
}

// deathShapeRows composes the matrix: every phrase in every position,
// three times; hedge, count, noun, frame and context turned round by index
// with strides prime to the tables' lengths, so that each meets every
// other without the full product.
func deathShapeRows() []deathShapeCase {
	var rows []deathShapeCase
	i := 0
	for turn := 0; turn < 3; turn++ {
		for pi, p := range dshapePhrases {
			for _, pos := range dshapePositions[p.kind] {
				h := dshapeHedges[(i*7+turn)%len(dshapeHedges)]
				if strings.HasPrefix(p.past, "The %s") {
					h = ""
				}
				c := dshapeCounts[(i*5+turn)%len(dshapeCounts)]
				noun := dshapeNouns[(i*3+turn)%len(dshapeNouns)]
				frame := ""
				if pos == "main" || pos == "said" || pos == "said that" || pos == "quoted" {
					frame = dshapeFrames[(i*2+turn)%len(dshapeFrames)]
				}
				ctx := dshapeContexts[(i/2+turn)%len(dshapeContexts)]
				np := dshapeNP(h, c, noun)
				if p.kind == "toll" && !p.noun {
					np = dshapeNP(h, c, "")
				}
				text := strings.TrimSpace(ctx.text + " " + dshapeClause(p, pos, np, frame))
				rows = append(rows, deathShapeCase{text: text, counts: []int64{c.n}, hedge: h,
					classes: []string{"phrase:" + dshapePhraseName(pi), "pos:" + p.kind + " " + pos, "hedge:" + h,
						"count:" + c.text, "noun:" + noun, "frame:" + strings.TrimSpace(frame), "ctx:" + ctx.name}})
				i++
			}
		}
	}
	rows = append(rows, dshapeTwoFigures()...)
	return append(rows, dshapeNegatives()...)
}

// dshapePhraseName names a phrase by its words without the figure.
func dshapePhraseName(i int) string {
	p := dshapePhrases[i]
	s := strings.Replace(p.past, "%s", "N", 1)
	if p.kind == "subj" {
		s = "N " + s
	}
	return p.kind + " " + s
}

// dshapeTwoFigures writes a toll beside injuries or beside an earlier
// incident's figure: injured and missing give nothing, the incident and
// the running toll both count.
func dshapeTwoFigures() []deathShapeCase {
	shapes := []struct {
		name, form string
		bare       bool  // the figure stands without the victims' noun
		other      int64 // a second death count the sentence states, 0 for none
	}{
		{"killed and injured", "%s were killed and 40 others were injured.", false, 0},
		{"injured and killed", "Forty people were injured and %s killed.", true, 0},
		{"killed and wounded (active)", "The attack killed %s and wounded 40.", false, 0},
		{"killed and missing", "%s were killed and 40 are still missing.", false, 0},
		{"dead and hurt", "%s were dead and 40 hurt after the train crash.", false, 0},
		{"headline dead, injured", "%s dead, 40 injured in bus crash", false, 0},
		{"of whom died", "Forty people were taken to hospital, of whom %s later died.", true, 0},
		{"with N dead", "The siege ended with %s dead.", false, 0},
		{"raising the toll", "Another strike on Friday killed three people, raising the death toll to %s.", true, 3},
		{"bringing the toll", "Rescuers found five more bodies on Friday, bringing the toll to %s.", true, 5},
		{"toll since", "Three soldiers were killed on Monday, taking the number of troops killed since January to %s.", true, 3},
		{"toll after", "The toll rose to %s after four more people died in hospital.", true, 4},
	}
	var rows []deathShapeCase
	i := 0
	for _, s := range shapes {
		for _, h := range dshapeHedges {
			c := dshapeCounts[(i*3)%len(dshapeCounts)]
			noun := dshapeNouns[(i*5)%len(dshapeNouns)]
			np := dshapeNP(h, c, noun)
			if s.bare {
				np = dshapeNP(h, c, "")
			}
			text := fmt.Sprintf(s.form, np)
			if strings.HasPrefix(s.form, "%s") {
				text = capFirst(text)
			}
			counts := []int64{c.n}
			if s.other != 0 {
				counts = append(counts, s.other)
			}
			rows = append(rows, deathShapeCase{text: text, counts: counts, hedge: h,
				classes: []string{"two:" + s.name, "hedge:" + h, "count:" + c.text}})
			i++
		}
	}
	return rows
}

// dshapeNegatives write figures of people who did not die, and numbers
// that are no people: none of them is a death toll (GUIDELINES: injuries,
// arrests and hostages are not deaths).
func dshapeNegatives() []deathShapeCase {
	forms := []struct{ name, form string }{
		{"injured", "%s were injured in the attack."},
		{"wounded", "%s were wounded when the bomb exploded."},
		{"missing", "%s are missing after the floods."},
		{"arrested", "Police arrested %s after the protest."},
		{"evacuated", "%s were evacuated from the area."},
		{"rescued", "%s were rescued from the rubble."},
		{"hostage", "Gunmen took %s hostage."},
		{"survived", "%s survived the crash."},
		{"displaced", "%s were displaced by the fighting."},
		{"treated", "%s were treated in hospital for burns."},
		{"could kill", "Experts warned the virus could kill %s."},
		// "gunned down" wounds as often as it kills: alone it states no death
		{"gunned down alone", "%s were gunned down outside the mosque."},
		{"save", "The vaccine campaign aims to save %s."},
	}
	var rows []deathShapeCase
	i := 0
	for _, f := range forms {
		for _, h := range dshapeHedges {
			c := dshapeCounts[(i*3)%len(dshapeCounts)]
			noun := dshapeNouns[(i*5)%len(dshapeNouns)]
			text := fmt.Sprintf(f.form, dshapeNP(h, c, noun))
			ctx := dshapeContexts[(i/2)%len(dshapeContexts)]
			text = strings.TrimSpace(ctx.text + " " + capFirst(text))
			rows = append(rows, deathShapeCase{text: text, classes: []string{"neg:" + f.name, "hedge:" + h}})
			i++
		}
	}
	numbers := []struct{ name, form string }{
		{"age arrested", "Police arrested a %s-year-old man after the attack."},
		{"age wounded", "A %s-year-old girl was wounded in the shelling."},
		{"year", "The dam, built in 1964, collapsed in 2019 and was rebuilt by %s workers."},
		{"money", "The storm caused $%s million in damage."},
		{"money deaths", "Families of the dead will receive %s million euros."},
		{"votes", "The bill passed by %s votes to 150."},
		{"percent", "Road deaths fell by %s percent last year."},
		{"percent sign", "Deaths from malaria dropped %s%% in 2023."},
	}
	for _, f := range numbers {
		for _, c := range dshapeCounts {
			if !strings.ContainsAny(c.text, "0123456789") || strings.Contains(c.text, " ") {
				continue
			}
			text := capFirst(fmt.Sprintf(f.form, c.text))
			rows = append(rows, deathShapeCase{text: text, classes: []string{"neg:" + f.name}})
		}
	}
	// Numbers of events, things and vague crowds beside a death.
	others := []struct{ name, form string }{
		{"vague dozens", "Dozens of people were killed in the attack, and %s homes were destroyed."},
		{"vague hundreds", "Hundreds died in the floods, which swept away %s bridges."},
		{"vague thousands", "Thousands of civilians have been killed in %s years of war."},
		{"vague scores", "Scores were killed when the %s-storey building collapsed."},
		{"events", "Civilians were killed in %s separate attacks."},
		{"flight number", "Flight %s crashed, killing all on board."},
		{"things", "The strike destroyed %s vehicles but killed no one."},
		{"nobody killed", "Nobody was killed, but %s people were injured."},
		{"no one died", "No one died in the fire, which destroyed %s homes."},
		{"feared", "%s people were reported missing."},
	}
	for j, f := range others {
		for k := 0; k < 4; k++ {
			c := dshapeCounts[(j+k*3)%len(dshapeCounts)]
			rows = append(rows, deathShapeCase{text: capFirst(fmt.Sprintf(f.form, c.text)), classes: []string{"neg:" + f.name}})
		}
	}
	// An age beside a death is no count of the dead.
	for _, c := range dshapeCounts[:4] {
		for _, s := range []string{"A %s-year-old boy was killed in the attack.", "The %s-year-old driver died at the scene."} {
			rows = append(rows, deathShapeCase{text: fmt.Sprintf(s, c.text), absent: []int64{c.n},
				classes: []string{"absent:age beside a death"}})
		}
	}
	return rows
}

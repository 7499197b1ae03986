package extract

import "strings"

// victimNouns name the people counted by a death figure ("five people were
// killed"); any of them after "a"/"an" is one death ("a man died").
var victimNouns = map[string]bool{
	"people": true, "persons": true, "person": true, "man": true, "men": true, "woman": true,
	"women": true, "child": true, "children": true, "boy": true, "boys": true, "girl": true,
	"girls": true, "teenager": true, "teenagers": true, "teen": true, "teens": true, "baby": true,
	"babies": true, "infant": true, "infants": true, "civilian": true, "civilians": true,
	"soldier": true, "soldiers": true, "troops": true, "officer": true, "officers": true,
	"policeman": true, "policemen": true, "police": true, "resident": true, "residents": true,
	"victim": true, "victims": true, "passenger": true, "passengers": true, "driver": true,
	"pedestrian": true, "pedestrians": true, "worker": true, "workers": true, "student": true,
	"students": true, "journalist": true, "journalists": true, "protester": true,
	"protesters": true, "demonstrators": true, "demonstrator": true, "militant": true,
	"militants": true, "fighter": true, "fighters": true, "rebel": true, "rebels": true,
	"insurgent": true, "insurgents": true, "peacekeeper": true, "peacekeepers": true,
	"member": true, "members": true, "servicemen": true, "serviceman": true, "personnel": true,
	"migrant": true, "migrants": true, "refugee": true, "refugees": true, "patient": true,
	"patients": true, "villager": true, "villagers": true, "miner": true, "miners": true,
	"crew": true, "tourist": true, "tourists": true, "national": true, "nationals": true,
	"citizen": true, "citizens": true, "others": true, "adult": true, "adults": true,
	"inmate": true, "inmates": true, "prisoner": true, "prisoners": true, "guard": true,
	"guards": true, "aid": true, "doctor": true, "doctors": true, "nurse": true, "nurses": true,
	"family": true, "relatives": true, "gunman": true, "gunmen": true, "suspect": true,
	"suspects": true, "bystander": true, "bystanders": true, "employee": true, "employees": true,
	"individual": true, "individuals": true, "Palestinians": true, "worshippers": true,
	"worshipers": true, "rescuers": true, "volunteers": true, "pilgrims": true, "attackers": true,
	"fishermen": true, "shoppers": true, "guests": true, "commanders": true, "commander": true,
	"hostages": true, "staff": true, "colleagues": true, "mourners": true, "farmers": true,
	"herders": true, "traders": true, "voters": true,
}

// deathAux may stand between the victims and the death word.
var deathAux = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "are": true,
	"is": true, "now": true, "all": true, "reportedly": true, "allegedly": true, "confirmed": true,
	"reported": true, "believed": true, "feared": true, "said": true, "thought": true,
	"known": true, "to": true, "be": true, "later": true, "also": true, "subsequently": true,
	"since": true, "already": true, "who": true, "that": true, "being": true, "both": true,
	"each": true, "eventually": true, "tragically": true, "ultimately": true,
	"of": true, "them": true, "whom": true, "those": true, "found": true, "discovered": true,
	"its": true, "their": true, "his": true, "her": true, "our": true,
	"then": true, "instantly": true,
}

// hypothetical words in a figure's clause make it no toll.
var hypothetical = map[string]bool{
	"could": true, "would": true, "might": true, "may": true, "risk": true, "risks": true,
	"threatened": true, "threatens": true, "if": true, "unless": true,
	"should": true, "plan": true, "plans": true, "planned": true, "plot": true,
}

var cumulativeWords = map[string]bool{
	"toll": true, "total": true, "so": true, "since": true, "overall": true, "cumulative": true,
	"altogether": true, "date": true, "bringing": true, "brings": true, "brought": true,
	"climbed": true, "rose": true, "risen": true, "reached": true,
}

// killingWords in a sentence make a bare "toll" a death toll.
var killingWords = map[string]bool{
	"killed": true, "dead": true, "died": true, "deaths": true, "killing": true, "fatalities": true,
	"deadliest": true, "deadly": true, "death": true,
}

// deaths lists the death figures of the article, each count once.
//
// A figure is a number of people stated killed or dead: "five people were
// killed", "41 Britons are confirmed to have died", "150,000 dead", "400
// deaths", "killing 12", "leaving one person dead", "the death toll rose to
// around 400", "the deaths of three soldiers", and "a 22-year-old man died"
// as one. Injuries, arrests and captivity are not deaths; nor are figures
// under "could", "would" or "if". A figure is cumulative when a toll, a total
// or "so far"/"since" frames it.
func (a *analysis) deaths() []Deaths {
	toks := a.d.toks
	out := []Deaths{}
	seen := map[int64]bool{}
	add := func(d Deaths) {
		if d.Count <= 0 || seen[d.Count] || d.Rule == ruleHistorical {
			return
		}
		seen[d.Count] = true
		out = append(out, d)
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tNum && t.kind != tWord {
			continue
		}
		if (t.lower == "a" || t.lower == "an") && i+1 < len(toks) {
			if d, ok := a.singleDeath(i); ok {
				add(d)
				// "a man and a boy were killed" is one figure, not two
				for i+1 < len(toks) && toks[i+1].start < d.End {
					i++
				}
			}
			continue
		}
		n, ok := a.d.parseNumber(i)
		if !ok || n.age || n.vague || n.value <= 0 || a.inQuoteOrMoney(n.first) || a.isYear(n) || a.notACount(n) {
			continue
		}
		if d, ok := a.deathFigure(n); ok {
			add(d)
			i = n.lim - 1
			// "two civilians and one police officer were killed" is one figure
			for i+1 < len(toks) && toks[i+1].start < d.End {
				i++
			}
		}
	}
	return out
}

// notACount reports numbers that count nothing: dates ("Dec. 25"), rates
// ("19.3 deaths per 100,000"), ages ("under the age of 15") and negations
// ("no one was killed").
func (a *analysis) notACount(n number) bool {
	toks := a.d.toks
	t := toks[n.first]
	if t.kind == tNum && strings.Contains(t.text, ".") && n.lim == n.first+1 {
		return true
	}
	if k := n.hedge - 1; k >= 0 {
		p := toks[k]
		if monthWords[strings.TrimSuffix(p.lower, ".")] || p.text == "." && k > 0 && monthWords[toks[k-1].lower] {
			return true
		}
		if p.lower == "no" || p.lower == "aged" || p.lower == "of" && k > 0 && toks[k-1].lower == "age" {
			return true
		}
	}
	if n.lim < len(toks) && (toks[n.lim].lower == "per" || toks[n.lim].text == "%") {
		return true
	}
	return false
}

var monthWords = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true,
	"aug": true, "august": true, "sep": true, "sept": true, "september": true, "oct": true,
	"october": true, "nov": true, "november": true, "dec": true, "december": true,
}

// isYear reports a bare four-digit year: "in 2003".
func (a *analysis) isYear(n number) bool {
	t := a.d.toks[n.first]
	return t.kind == tNum && len(t.text) == 4 && n.value >= 1800 && n.value <= 2100 && n.lim == n.first+1
}

// deathKindsAt returns the death-word kinds of the phrase at token i.
func (a *analysis) deathKindsAt(i int) (kinds []deathKind, lim int) {
	vals, lim := a.lx.death.match(a.d.toks, i, true)
	for _, v := range vals {
		kinds = append(kinds, a.lx.deathKinds[v])
	}
	return kinds, lim
}

func hasKind(ks []deathKind, k deathKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// deathFigure checks the context of a number for a death.
func (a *analysis) deathFigure(n number) (Deaths, bool) {
	toks := a.d.toks
	para := toks[n.first].para
	// before the number: "killing 12", "the deaths of three", "death toll ... to 400"
	if k := n.hedge - 1; k >= 0 && toks[k].para == para {
		if toks[k].lower == "all" && k > 0 {
			k-- // "killing all 68 people on board"
		}
		// "was killed along with five civilians"
		if k > 0 && toks[k].lower == "with" && toks[k-1].lower == "along" && a.victimsFollow(n) && a.deathBefore(k-1) {
			return a.makeDeath(n, k-1, n.lim, ruleDeathPass), true
		}
		kinds, _ := a.deathKindsAt(k)
		if hasKind(kinds, dActive) && a.victimsFollow(n) && !a.hypotheticalBetween(k, n.first) {
			// "leaving 5 dead", not "leaving 5 injured": left needs its "dead"
			if w := toks[k].lower; w != "left" && w != "leaving" || a.deadFollows(n.lim) {
				return a.makeDeath(n, k, n.lim, ruleDeathActive), true
			}
		}
		if toks[k].lower == "of" && k > 0 {
			if pk, _ := a.deathKindsAt(k - 1); hasKind(pk, dNoun) && toks[k-1].lower != "casualties" && a.victimsFollow(n) {
				return a.makeDeath(n, k-1, n.lim, ruleDeathAdj), true
			}
		}
		if d, ok := a.tollBefore(n); ok {
			return d, true
		}
	}
	// after the number: victims, auxiliaries, then the death word;
	// coordinated victims add up ("two civilians and one police officer")
	j := n.lim
	nouns := 0
	extra := int64(0)
	for steps := 0; j < len(toks) && toks[j].para == para && steps < 10; steps++ {
		kinds, lim := a.deathKindsAt(j)
		w := toks[j].lower
		switch {
		case hasKind(kinds, dHurt) && !hasKind(kinds, dPassive):
			// "four people were shot, one fatally": the number before "fatally"
			return Deaths{}, false
		case hasKind(kinds, dPassive) || hasKind(kinds, dIntrans):
			if a.hypotheticalBetween(n.hedge, j) {
				return Deaths{}, false
			}
			n.value += extra
			return a.makeDeath(n, n.hedge, lim, ruleDeathPass), true
		case (hasKind(kinds, dAdj) || hasKind(kinds, dNoun)) && !passiveNouns[w]:
			if a.hypotheticalBetween(n.hedge, j) {
				return Deaths{}, false
			}
			n.value += extra
			return a.makeDeath(n, n.hedge, lim, ruleDeathAdj), true
		case w == "fatally" && steps == 0:
			// "shot, one fatally"
			return a.makeDeath(n, n.hedge, j+1, ruleDeathPass), true
		case passiveNouns[w]:
			// "two victims died", "four bodies were found"
			nouns++
			j++
			if w == "bodies" && j < len(toks) && bodyFound(toks, j) {
				return a.makeDeath(n, n.hedge, j, ruleDeathAdj), true
			}
			continue
		case w == "and" && nouns > 0 && j+1 < len(toks):
			if n2, ok := a.d.parseNumber(j + 1); ok && !n2.age && !n2.vague && n2.value > 0 {
				extra += n2.value
				j = n2.lim
				nouns = 0
				continue
			}
			if x := toks[j+1].lower; x == "a" || x == "an" {
				extra++
				j += 2
				nouns = 0
				continue
			}
		}
		if victimNouns[toks[j].lower] || victimNouns[toks[j].text] {
			nouns++
			j++
			continue
		}
		if _, plim := a.lx.personnel.match(toks, j, true); plim > j {
			nouns++ // "service members", "police officers"
			j = plim
			continue
		}
		if c, ok := a.placeCodeAt(j); ok && c != "" {
			j = a.places[a.placeAt[j]].lim
			continue
		}
		if deathAux[w] || troopMods[w] || w == "more" || w == "other" || w == "others" || w == "of" {
			j++
			continue
		}
		// "three volunteers with the Sudanese Red Crescent died", "Thirteen
		// soldiers serving with a regional force, ..., were killed": a phrase
		// about the victims is stepped over
		if nouns > 0 {
			if e := a.victimModifier(j); e > j {
				j = e
				continue
			}
		}
		if toks[j].kind == tNum && strings.Contains(toks[j].lower, "-year") {
			j++ // "two 17-year-old boys"
			continue
		}
		if toks[j].kind == tWord && !toks[j].cap && nouns == 0 && steps < 3 && (isAdjectiveLike(w) || strings.HasSuffix(w, "-old")) {
			j++
			continue
		}
		break
	}
	return Deaths{}, false
}

// deathBefore reports a death word earlier in the clause of token k: "the
// commander was killed along with five civilians".
func (a *analysis) deathBefore(k int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	for j := k - 1; j >= s.first; j-- {
		kinds, _ := a.deathKindsAt(j)
		if hasKind(kinds, dPassive) || hasKind(kinds, dIntrans) {
			return true
		}
	}
	return false
}

// victimModifier returns the end of a phrase that describes victims: a
// prepositional phrase of names ("with the Sudanese Red Crescent") or a
// participle clause closed by a comma ("serving with the force, were").
func (a *analysis) victimModifier(j int) int {
	toks := a.d.toks
	w := toks[j].lower
	switch {
	case w == "with" || w == "from" || w == "in" || w == "at" || w == "on" || w == "aboard":
		k := j + 1
		for k < len(toks) && k < j+7 && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].cap || a.placeAt[k] >= 0 || toks[k].lower == "'s") {
			k++
		}
		if k > j+1 && k < len(toks) {
			return k
		}
	case len(w) > 4 && strings.HasSuffix(w, "ing") || w == "who":
		for k := j + 1; k < len(toks) && k < j+16 && toks[k].sent == toks[j].sent; k++ {
			if toks[k].kind == tQuote || toks[k].text == ";" {
				break
			}
			// the last comma before a verb closes the clause
			if toks[k].text == "," && k+1 < len(toks) && (deathAux[toks[k+1].lower] || toks[k+1].lower == "were" || toks[k+1].lower == "died") {
				return k + 1
			}
		}
	}
	return j
}

// passiveNouns count people but need a verb to make them dead: "two victims
// died", "four bodies were found", "claimed 40 lives".
var passiveNouns = map[string]bool{"victims": true, "casualties": true, "bodies": true, "lives": true, "death": true}

// bodyFound reports "found", "recovered" and the like after "bodies".
func bodyFound(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+3; k++ {
		switch toks[k].lower {
		case "found", "recovered", "discovered", "pulled", "retrieved", "unearthed", "exhumed":
			return true
		}
	}
	return false
}

// deadFollows reports "dead" within a few words after i: "left 5 people dead".
func (a *analysis) deadFollows(i int) bool {
	toks := a.d.toks
	for k := i; k < len(toks) && k < i+5 && toks[k].sent == toks[i-1].sent; k++ {
		switch toks[k].lower {
		case "dead":
			return true
		case "injured", "wounded", "hurt", "homeless", "stranded", "without", "in":
			return false
		}
	}
	return false
}

// isAdjectiveLike accepts the kinds of words that describe victims: "Afghan",
// "innocent", "elderly", "unarmed".
func isAdjectiveLike(w string) bool {
	switch w {
	case "innocent", "elderly", "young", "unarmed", "armed", "local", "foreign", "british", "french",
		"palestinian", "israeli", "iraqi", "afghan", "american", "other", "more", "additional",
		"further", "unidentified", "unnamed", "suspected", "alleged", "fellow", "off-duty", "on-duty":
		return true
	}
	return false
}

// victimsFollow accepts a number after an active death word when people, or
// nothing that is not people, follow it: "killing 12 people", "killed at
// least 30", not "killed 5 cows" or "killing 2 birds".
func (a *analysis) victimsFollow(n number) bool {
	toks := a.d.toks
	j := n.lim
	for steps := 0; j < len(toks) && steps < 3; steps++ {
		t := toks[j]
		if t.kind == tPunct || t.kind == tQuote || !t.spaceBefore {
			return true
		}
		if victimNouns[t.lower] || victimNouns[t.text] {
			return true
		}
		if _, lim := a.lx.personnel.match(toks, j, true); lim > j {
			return true // "killed two American service members"
		}
		if _, ok := a.placeCodeAt(j); ok || isAdjectiveLike(t.lower) || troopMods[t.lower] {
			j++
			continue
		}
		switch t.lower {
		case "and", "in", "on", "at", "including", "during", "when", "after", "since", "as", "while", "near", "across":
			return true
		}
		return false
	}
	return true
}

// hypotheticalBetween reports a modal between the figure and its death word.
func (a *analysis) hypotheticalBetween(from, to int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[from].sent]
	for k := max(s.first, from-4); k < to; k++ {
		if hypothetical[toks[k].lower] {
			return true
		}
	}
	return false
}

// tollBefore reads "the death toll ... to around 400" and "a toll of 50".
func (a *analysis) tollBefore(n number) (Deaths, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	for k := n.hedge - 1; k >= s.first && k >= n.hedge-24; k-- {
		kinds, _ := a.deathKindsAt(k)
		if !hasKind(kinds, dToll) {
			continue
		}
		// "toll" alone needs "death" before it or killing words in its
		// sentence or the one before
		if toks[k].lower == "toll" && !(k > 0 && (toks[k-1].lower == "death" || toks[k-1].lower == "casualty")) &&
			!a.sentenceHas(n.first, killingWords) && !(s.first > 0 && a.sentenceHas(s.first-1, killingWords)) && !a.hasDeathToll() {
			return Deaths{}, false
		}
		between := toks[n.hedge-1].lower
		switch between {
		case "to", "of", "at", "is", "was", "reached", "hit", "stood", "stands", "passed", "topped", "exceeded", "surpassed", "past", "now", "as":
		default:
			return Deaths{}, false
		}
		if n.lim < len(toks) && (toks[n.lim].lower == "injured" || toks[n.lim].lower == "wounded") {
			return Deaths{}, false
		}
		d := a.makeDeath(n, k, n.lim, ruleDeathToll)
		d.Cumulative = true
		return d, true
	}
	return Deaths{}, false
}

// hasDeathToll reports "death toll" anywhere in the article, which makes a
// later bare "toll" a death toll too.
func (a *analysis) hasDeathToll() bool {
	if a.deathToll == nil {
		found := false
		toks := a.d.toks
		for i := 1; i < len(toks) && !found; i++ {
			found = toks[i].lower == "toll" && toks[i-1].lower == "death"
		}
		a.deathToll = &found
	}
	return *a.deathToll
}

// singleDeath reads "a 22-year-old man died", "an Iraqi civilian allegedly
// killed by UK troops", "a man is dead after", "left a woman dead": one
// death, or as many as are coordinated ("a 21-year-old man and a 23-year-old
// man were killed").
func (a *analysis) singleDeath(i int) (Deaths, bool) {
	toks := a.d.toks
	// "left a woman dead", "killed a 32-year-old man"
	if i > 0 {
		if kinds, _ := a.deathKindsAt(i - 1); hasKind(kinds, dActive) {
			w := toks[i-1].lower
			if j, ok := a.victimPhrase(i + 1); ok && (w != "left" && w != "leaving" || a.deadFollows(j)) {
				n := number{value: 1, first: i, lim: i + 1, hedge: i}
				return a.makeDeath(n, i-1, j, ruleDeathOne), true
			}
		}
	}
	count := int64(1)
	j, ok := a.victimPhrase(i + 1)
	if !ok {
		return Deaths{}, false
	}
	for j+1 < len(toks) && toks[j].lower == "and" && (toks[j+1].lower == "a" || toks[j+1].lower == "an") {
		j2, ok := a.victimPhrase(j + 2)
		if !ok {
			break
		}
		count++
		j = j2
	}
	for steps := 0; j < len(toks) && toks[j].para == toks[i].para && steps < 5; steps++ {
		kinds, lim := a.deathKindsAt(j)
		w := toks[j].lower
		switch {
		case (hasKind(kinds, dPassive) || hasKind(kinds, dIntrans) || w == "dead") && !(hasKind(kinds, dHurt) && !hasKind(kinds, dPassive)):
			if a.hypotheticalBetween(i, j) {
				return Deaths{}, false
			}
			n := number{value: count, first: i, lim: i + 1, hedge: i}
			return a.makeDeath(n, i, lim, ruleDeathOne), true
		case hasKind(kinds, dHurt):
			return Deaths{}, false
		case deathAux[w] || w == "allegedly" || w == "reportedly" || isAdverb(toks[j]):
			j++
			continue
		}
		return Deaths{}, false
	}
	return Deaths{}, false
}

// victimPhrase reads the words after "a"/"an" up to a person noun: "22-year-old
// man", "Iraqi civilian", "teenaged girl", "adult male". It returns the index
// after the noun.
func (a *analysis) victimPhrase(j int) (int, bool) {
	toks := a.d.toks
	for steps := 0; j < len(toks) && steps < 5; steps++ {
		t := toks[j]
		switch {
		case victimNouns[t.lower] || singleVictims[t.lower]:
			return j + 1, true
		case t.kind == tNum && strings.Contains(t.lower, "-"):
			// "22-year-old"
		case a.placeAt[j] >= 0:
			j = a.places[a.placeAt[j]].lim
			continue
		case t.kind == tWord && !t.cap && (isAdjectiveLike(t.lower) || strings.HasSuffix(t.lower, "-old") || victimAdjectives[t.lower]):
		case t.kind == tWord && t.cap && steps == 0 && a.personAt[j] < 0 && a.orgAt[j] < 0:
			// "a Pittsburgh man"
		default:
			return j, false
		}
		j++
	}
	return j, false
}

// singleVictims are nouns for one person beyond victimNouns.
var singleVictims = map[string]bool{
	"male": true, "female": true, "motorist": true, "cyclist": true, "teenager": true,
	"toddler": true, "grandmother": true, "grandfather": true, "mother": true, "father": true,
	"son": true, "daughter": true, "husband": true, "wife": true, "shooter": true, "bystander": true,
	"trooper": true, "deputy": true, "firefighter": true, "pilot": true, "hiker": true,
}

// victimAdjectives describe a victim before the noun.
var victimAdjectives = map[string]bool{
	"teenage": true, "teenaged": true, "adult": true, "young": true, "old": true, "elderly": true,
	"local": true, "black": true, "white": true, "hispanic": true, "male": true, "female": true,
	"pregnant": true, "homeless": true, "off-duty": true, "unidentified": true, "fellow": true,
}

// historical reports a figure of another, dated event: "since 2018, when
// 23 people died", "the 1994 genocide, in which 800,000 people were killed".
func (a *analysis) historical(first, at int) bool {
	toks := a.d.toks
	year := -1
	for k := first; k < at; k++ {
		t := toks[k]
		if t.kind == tNum && len(t.text) == 4 && t.text >= "1800" && t.text <= "2100" {
			year = k
			continue
		}
		if year >= 0 && k-year <= 6 {
			switch t.lower {
			case "when", "which", "where", "whom":
				return true
			}
		}
	}
	return false
}

func (a *analysis) makeDeath(n number, from, lim int, rule string) Deaths {
	toks := a.d.toks
	if from > n.hedge {
		from = n.hedge
	}
	s := a.d.sents[toks[n.first].sent]
	if a.historical(s.first, n.first) {
		d := Deaths{}
		d.Rule = ruleHistorical
		return d
	}
	d := Deaths{
		Count:       n.value,
		Approximate: n.approx,
		Start:       toks[from].start,
		End:         toks[lim-1].end,
		Evidence:    a.d.text[s.start:s.end],
		Rule:        rule,
	}
	for k := s.first; k < s.lim; k++ {
		w := toks[k].lower
		if cumulativeWords[w] && (w != "so" || (k+1 < s.lim && toks[k+1].lower == "far")) {
			if w == "date" && (k == 0 || toks[k-1].lower != "to") {
				continue
			}
			d.Cumulative = true
		}
	}
	return d
}

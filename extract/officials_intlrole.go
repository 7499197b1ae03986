package extract

import "strings"

// bodyBackNouns are the lower-case nouns by which a text refers back to an
// international mission or force it has named (words_people.tsv
// body-back-noun): "the mission's commander", "who commands the force".
var bodyBackNouns = wordList("body-back-noun")

// intlRole settles a role that the text says is held in an international
// body or mission and reports whether it did: the office is the body's,
// whatever state the text writes beside the holder's name ("The mission's
// commander, Italian Major General NAME", "NAME of Kenya", "NAME, the
// Danish officer who commands it"): that state is where the officer comes
// from. An office in a state's service named in an apposition ("NAME, a
// deputy inspector general of the Kenya Police Service,") is left to
// missionRole.
func (a *analysis) intlRole(p *person, r *role) bool {
	if a.stateServiceApposition(p) {
		return false
	}
	body, ok := a.commandsBodyClause(p)
	if !ok {
		body, ok = a.missionTitleBeforeOrigin(p)
	}
	if !ok {
		body, ok = a.intlTitleBeforeOrigin(p)
	}
	if !ok {
		body, ok = a.stateLedBody(p)
	}
	if !ok {
		body, ok = a.headedByMission(p)
	}
	if !ok {
		return false
	}
	if r.org == "" || r.orgKind == "party" || r.orgKind == "agency" {
		r.org, r.orgKind = body, "intl"
	}
	r.country, r.nonState = "", true
	return true
}

// commandsBodyClause returns the body that a relative clause after one of
// p's mentions says the person commands or heads: "NAME, the Danish officer
// who commands it,", "NAME, who has led Operation Irini since January".
// The object is "it" or a mission noun standing for the international body
// named last before, or a body of the gazetteer, or an "Operation" by
// name; a state's unit ("who commands the French contingent") is not one.
func (a *analysis) commandsBodyClause(p *person) (string, bool) {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		k := m.lim
		if k+3 >= len(toks) || toks[k].text != "," {
			continue
		}
		w := k + 1
		for w < len(toks) && w < k+7 && toks[w].lower != "who" && toks[w].kind == tWord && toks[w].sent == toks[k].sent {
			w++
		}
		if w+2 >= len(toks) || toks[w].lower != "who" {
			continue
		}
		v := w + 1
		if haveAux.hasToken(&toks[v]) {
			v++
		} else if !strings.HasSuffix(toks[v].lower, "s") {
			continue // "who led the talks": once, or an act
		}
		if v+1 >= len(toks) || a.lx.roleVerbs[toks[v].lower] == "" {
			continue
		}
		if body, ok := a.commandedBody(v + 1); ok {
			return body, true
		}
	}
	return "", false
}

// commandedBody returns the international body the object at o of a verb
// of command names, and whether it names one.
func (a *analysis) commandedBody(o int) (string, bool) {
	toks := a.d.toks
	if g, ok := a.orgAtTok(o); ok && a.lx.orgs[g.org].Kind == "intl" {
		return a.lx.orgs[g.org].Name, true
	}
	if o+1 < len(toks) && toks[o].text == "Operation" && toks[o+1].cap {
		return "Operation " + toks[o+1].text, true // "who has led Operation Irini"
	}
	if toks[o].lower == "it" || toks[o].lower == "the" && o+1 < len(toks) && bodyBackNouns.hasToken(&toks[o+1]) {
		body := a.intlBodyBefore(o)
		return body, body != ""
	}
	return "", false
}

// backNounBody returns the body that a lower-case body noun at o ("the
// force's", "the mission's") stands for: the force named before it, else
// the mission of the gazetteer named last, else the international body
// named last nearby; ok is true for a body found and for "the mission"
// whose body the text leaves unnamed.
func (a *analysis) backNounBody(o int) (string, bool) {
	body := a.missionForceBack(o)
	if body == "" {
		body = a.missionBack(o)
	}
	if body == "" {
		body = a.intlBodyBefore(o)
	}
	return body, body != "" || a.d.toks[o].lower == "mission"
}

// intlBodyBefore returns the body of the gazetteer named last before
// token k, in its sentence or the two before, if it is an international
// one, else "": "the coalition" after a gang alliance is the gangs', and
// a body named paragraphs before is no antecedent.
func (a *analysis) intlBodyBefore(k int) string {
	toks := a.d.toks
	for i := len(a.orgs) - 1; i >= 0; i-- {
		if m := a.orgs[i]; m.lim <= k {
			if toks[m.first].sent+2 < toks[k].sent {
				return ""
			}
			if g := a.lx.orgs[m.org]; g.Kind == "intl" {
				return g.Name
			}
			return ""
		}
	}
	return ""
}

// stateServiceWords name a state's own force or service, an office in
// which a mission's officer also holds (words_people.tsv state-service):
// "NAME, a deputy inspector general of the Kenya Police Service,". A
// nationality on the service ("NAME, the Kenyan police commander who
// leads the mission,") is only where the officer comes from.
var stateServiceWords = wordList("state-service")

// stateServiceBetween reports a state's name followed by a state's
// service word between tokens lo and hi: "of the Kenya Police Service".
func (a *analysis) stateServiceBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		// "the Kenyan police commander", "of the Kenya Police Service"
		if sm, ok := a.stateMentionAt(k); ok && sm.kind == sName && !sm.possessive && sm.lim < hi && stateServiceWords.hasToken(&a.d.toks[sm.lim]) {
			return true
		}
	}
	return false
}

// missionTitleBeforeOrigin returns the body of a definite title before a
// comma that is a mission's or an international body's office, for a
// person whose state the text writes beside the name ("The mission's
// commander, Italian Major General NAME,", "The force commander, Major
// General NAME of Nigeria,", "The head of the OSCE mission, former Swedish
// ambassador NAME", "the bloc's director, Brigadier General NAME" after
// ECOWAS); ok is false for a title no body's, and for a mission's title
// whose body is not found and no state is written beside the name.
func (a *analysis) missionTitleBeforeOrigin(p *person) (string, bool) {
	for i := range p.roles {
		q := &p.roles[i]
		if q.rule != ruleTitleComma || q.titleLo < 0 || q.titleHi > len(a.d.toks) || q.explicit && q.country != "" {
			continue // "Congo's U.N. ambassador, NAME,": the state's envoy
		}
		if body, ok := a.missionTitleBody(q); ok && (body != "" || a.originBeside(p, q)) {
			return body, true
		}
	}
	return "", false
}

// missionTitleBody returns the body of a title that is a mission's or an
// international body's office: one naming the body ("The head of the OSCE
// mission"), one owned by a mission noun ("The mission's commander",
// "the bloc's director"), a force's command (missionCommand).
func (a *analysis) missionTitleBody(q *role) (string, bool) {
	toks := a.d.toks
	for k := max(q.titleLo-2, 0); k < q.titleHi; k++ {
		if g, ok := a.orgAtTok(k); ok && a.lx.orgs[g.org].Kind == "intl" {
			return a.lx.orgs[g.org].Name, true
		}
	}
	if o := q.owner; o >= 1 && o < len(toks) && !toks[o].cap && bodyBackNouns.hasToken(&toks[o]) && toks[o-1].lower == "the" {
		return a.backNounBody(o) // "the force's spokesman" after "The Gang Suppression Force"
	}
	if a.missionCommand(q) {
		return a.missionBack(q.titleLo), true
	}
	if body := a.missionBack(q.titleLo); body != "" && a.forceCommandTitle(q.titleLo, q.titleHi) {
		return body, true // "The force commander" after "the Multinational Joint Task Force"
	}
	return "", false
}

// originBeside reports a state written beside p's name, which for a
// mission's office is the officer's origin: an adjective before a rank or
// trade ("Italian Major General NAME", "former Swedish ambassador NAME")
// or "of STATE" after the name.
func (a *analysis) originBeside(p *person, q *role) bool {
	if a.ofStateAfterName(q) != "" {
		return true
	}
	for _, o := range p.roles {
		if o.rule == ruleTitleBefore && o.explicit && o.country != "" {
			return true
		}
	}
	return false
}

// stateLedBody returns the body of a role of p whose title is "of the
// STATE-led" coalition or mission: "the deputy commander of the U.S.-led
// coalition" commands the coalition, not the state that leads it.
func (a *analysis) stateLedBody(p *person) (string, bool) {
	toks := a.d.toks
	for _, q := range p.roles {
		k := q.titleHi
		if q.titleLo < 0 || k+4 >= len(toks) || toks[k].lower != "of" || toks[k+1].lower != "the" {
			continue
		}
		sm, ok := a.stateMentionAt(k + 2)
		if !ok || sm.lim+2 >= len(toks) {
			continue
		}
		n := sm.lim
		if toks[n].text == "-" {
			n++
		}
		if toks[n].lower != "-led" && toks[n].lower != "led" || !bodyBackNouns.hasToken(&toks[n+1]) {
			continue
		}
		return a.intlBodyBefore(k), true
	}
	return "", false
}

// forceCommandTitle reports a mission's office modifier before
// "commander" between lo and hi: "force commander".
func (a *analysis) forceCommandTitle(lo, hi int) bool {
	toks := a.d.toks
	for k := lo; k+1 < hi && k+1 < len(toks); k++ {
		if !toks[k].cap && missionOfficeMods.hasToken(&toks[k]) && toks[k+1].lower == "commander" {
			return true
		}
	}
	return false
}

// intlOffices are offices that only international bodies have
// (words_people.tsv intl-office): "The High Representative".
var intlOffices = wordList("intl-office")

// intlTitleBeforeOrigin returns the body of a definite title set before a
// comma ahead of a title that carries a state's adjective: "The mission's
// commander, Italian Major General NAME,", "Its commander, Nigerian Major
// General NAME," after a task force, "The High Representative, Austrian
// diplomat NAME,". The adjective is the holder's origin; ok is false when
// the title before is no international body's or mission's.
func (a *analysis) intlTitleBeforeOrigin(p *person) (string, bool) {
	toks := a.d.toks
	for _, r := range p.roles {
		if r.rule != ruleTitleBefore || !r.explicit || r.country == "" || r.titleLo < 0 {
			continue
		}
		if nationalOffices.has(r.head) && !formerTitle(r.title) {
			continue // "The CARICOM chairman, Saint Lucian Prime Minister NAME": the state's office he holds
		}
		k := r.titleLo - 1
		if k >= 0 && k < len(toks) && a.placeAt[k] >= 0 {
			k = a.places[a.placeAt[k]].first - 1 // past the adjective, left out of the title
		}
		if k < 2 || k >= len(toks) || toks[k].text != "," {
			continue
		}
		j := k - 1
		for j > 0 && j > k-introChunkMax && toks[j-1].sent == toks[k].sent && toks[j-1].text != "," {
			j--
		}
		if d := toks[j].lower; d != "the" && d != "its" && !a.intlOwnerAt(j) || j > 0 && toks[j-1].sent == toks[j].sent && toks[j-1].text != "," {
			continue // "to the Canadian-led NATO brigade in Latvia next year, Latvian Defence Minister NAME"
		}
		if body, ok := a.intlChunkBody(j, k); ok {
			return body, true
		}
	}
	return "", false
}

// intlChunkBody returns the body of the definite title between j and k
// (j is "the" or "its"): the international body it names, the body a
// mission noun owning it stands for, the mission "its" refers to, or none
// for an office only international bodies have; ok is false for any other
// title.
func (a *analysis) intlChunkBody(j, k int) (string, bool) {
	toks := a.d.toks
	head := false
	for i := j; i < k; i++ { // j itself may be the owner: "EUFOR's commander,"
		if g, ok := a.orgAtTok(i); ok && a.lx.orgs[g.org].Kind == "intl" && !a.ledAfter(g.lim) {
			return a.lx.orgs[g.org].Name, true
		}
		if i+1 < k && toks[i].cap && toks[i+1].cap && intlOffices.has(toks[i].lower+" "+toks[i+1].lower) {
			return "", true // "The High Representative"
		}
		if kind := a.roleKind(i); kind == rHead || kind == rWeak {
			head = true
		}
	}
	if !head {
		return "", false
	}
	if o := j + 1; o+2 < k && !toks[o].cap && bodyBackNouns.hasToken(&toks[o]) && toks[o+1].lower == "'s" {
		body := a.missionBack(o)
		if body == "" {
			body = a.intlBodyBefore(o)
		}
		return body, body != "" || toks[o].lower == "mission" // "The mission's commander,"
	}
	if toks[j].lower == "its" {
		return a.itsMission(j)
	}
	return "", false
}

// itsMission returns the mission "its" at j refers to when the sentence
// before opens with it: "The task force, headquartered in N'Djamena, ...
// Its commander": a mission of the gazetteer or a mission noun.
func (a *analysis) itsMission(j int) (string, bool) {
	toks := a.d.toks
	s := j - 1
	for s > 0 && toks[s-1].sent == toks[j-1].sent {
		s--
	}
	if s < 0 || toks[s].sent+1 != toks[j].sent {
		return "", false
	}
	for i := s; i < s+4 && i < j; i++ {
		if g, ok := a.orgAtTok(i); ok && a.lx.missions[a.lx.orgs[g.org].Name] {
			return a.lx.orgs[g.org].Name, true
		}
		if !toks[i].cap && bodyBackNouns.hasToken(&toks[i]) && i > s && toks[i-1].cap == false || !toks[i].cap && bodyBackNouns.hasToken(&toks[i]) && toks[s].lower == "the" {
			body := a.missionBack(i)
			return body, body != "" // "The task force ... Its commander"
		}
	}
	return "", false
}

// stateServiceApposition reports an apposition after one of p's mentions
// that names an office in a state's service by the state's name: "NAME,
// a deputy inspector general of the Kenya Police Service,": the officer
// holds that state's office too.
func (a *analysis) stateServiceApposition(p *person) bool {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		k := a.mentions[mi].lim
		if k+2 >= len(toks) || toks[k].text != "," {
			continue
		}
		end := k + 1
		for end < len(toks) && end < k+10 && toks[end].kind == tWord && toks[end].sent == toks[k].sent {
			end++
		}
		if a.stateServiceBetween(k+1, end) {
			return true
		}
	}
	return false
}

// headedByMission returns the mission whose part a passive "headed by",
// "led by" before one of p's mentions says the person heads: "The
// mission's military component is headed by a Nepali officer, Brigadier
// General NAME,". The sentence must open with "The mission's" (or
// another body noun's) standing for an international body.
func (a *analysis) headedByMission(p *person) (string, bool) {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		by := m.prefix - 1
		for by > 0 && by > m.prefix-8 && toks[by].lower != "by" && toks[by].sent == toks[m.first].sent && (toks[by].kind == tWord || toks[by].text == ",") {
			by--
		}
		if by < 3 || toks[by].lower != "by" || a.lx.roleVerbs[toks[by-1].lower] == "" || !strings.HasSuffix(toks[by-1].lower, "ed") {
			continue
		}
		s := by - 1
		for s > 0 && toks[s-1].sent == toks[by].sent {
			s--
		}
		if s+3 >= by || toks[s].lower != "the" || toks[s+1].cap || !bodyBackNouns.hasToken(&toks[s+1]) || toks[s+2].lower != "'s" {
			continue
		}
		if body, ok := a.backNounBody(s + 1); ok {
			return body, true
		}
	}
	return "", false
}

// intlOwnerAt reports an international body named at token j that owns
// the title after it: "EUFOR's commander, Austrian Major General NAME,"
// is the body's officer as much as "The mission's commander, ..." is.
func (a *analysis) intlOwnerAt(j int) bool {
	g, ok := a.orgAtTok(j)
	return ok && a.lx.orgs[g.org].Kind == "intl" && g.lim < len(a.d.toks) && a.d.toks[g.lim].lower == "'s"
}

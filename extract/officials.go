package extract

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// officials lists the people with a role in the article, one record per
// person, named by the fullest form of the name.
//
// A role comes from a title before the name ("Egyptian Foreign Minister Badr
// Abdelatty"), an apposition after it ("Bassem Naim, a senior Hamas
// official"), a title before a comma ("its president, Recep Tayyip
// Erdogan"), a plural title ("US envoys, including Steve Witkoff") or a
// definite description that refers back ("The prime minister was
// speaking"). People named without any role, and roles without a name, are
// left out. The country is the state written with the title, else, for roles
// of states (not of bodies such as Hamas), the nearest state in the sentence
// not already claimed by another title, else the state the article is most
// about.
func (a *analysis) officials() []Official {
	n := 0
	for _, p := range a.people {
		if p.role != nil {
			n++
		}
	}
	out := make([]Official, 0, n) // an Official is large: no copies while out grows
	for _, p := range a.people {
		if p.role == nil {
			continue
		}
		r := p.role
		o := Official{
			Name:         p.name,
			Title:        r.title,
			Country:      r.country,
			Organization: r.org,
			Rule:         r.rule,
		}
		if len(p.mentionIdx) > 0 {
			o.Mentions = make([]Span, 0, len(p.mentionIdx)) // (nil without mentions)
		}
		for _, mi := range p.mentionIdx {
			m := a.mentions[mi]
			sp := Span{Start: int(a.d.toks[m.first].start), End: int(a.d.toks[m.lim-1].end)}
			o.Mentions = append(o.Mentions, sp)
			form := a.d.text[a.d.toks[m.prefix].start:sp.End]
			if m.prefix < m.first && a.lx.roleOf(a.d.toks[m.prefix].lower) != rHonorific {
				form = a.d.text[sp.Start:sp.End]
			}
			form = stripInvisible(form)
			if !sameLower(form, p.name) && !slices.ContainsFunc(o.Also, func(s string) bool { return sameLower(form, s) }) {
				o.Also = append(o.Also, form)
			}
		}
		sortSpans(o.Mentions)
		out = append(out, o)
	}
	return out
}

// sameLower reports strings.ToLower(x) == strings.ToLower(y): the forms
// of an official told apart by case alone are one. Two ASCII strings (most
// names) are compared byte by byte, neither lowered into a new string;
// lowering keeps an ASCII string's length.
func sameLower(x, y string) bool {
	if !isASCII(x) || !isASCII(y) {
		return strings.ToLower(x) == strings.ToLower(y)
	}
	if len(x) != len(y) {
		return false
	}
	for i := 0; i < len(x); i++ {
		if lowerASCIIByte(x[i]) != lowerASCIIByte(y[i]) {
			return false
		}
	}
	return true
}

// lowerASCIIByte is the lower case of an ASCII byte.
func lowerASCIIByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// settledByWording settles a role whose own words say whose office it is
// before any state is looked for: the state itself ("Attorney-General of
// the Federation"), a body that overrides a written state, a named body's
// possessive, a body's noun opening the title, a staff body's title. It
// reports whether the role is settled; "of the state railway company"
// only marks the role as a state's and lets the search go on.
func (a *analysis) settledByWording(r *role) bool {
	if a.ofTheStateItself(r) {
		if strings.HasSuffix(r.title, " of the") {
			r.title += " " + r.org
		}
		r.org, r.nonState = "", false // "Attorney-General of the Federation": the state's own office
	}
	if a.bodyOverState(r) {
		return true
	}
	if g, ok := a.holderOwnerBody(r); ok {
		r.org, r.orgKind, r.country, r.nonState = g.Name, g.Kind, "", true // "The AU Commission chairperson's special representative"
		return true
	}
	if body := a.possessiveNamedBody(r); body != "" && strings.HasSuffix(body, r.org) {
		// "The Scottish Police Federation's general secretary": the
		// adjective opens the body's name, no state's title
		r.org, r.orgKind, r.country, r.nonState = body, "", "", true
		return true
	}
	if a.bodyNounOpensTitle(r) {
		r.country, r.nonState = "", true // "Hospital spokesman NAME said": the hospital's
		return true
	}
	if r.nonState && r.org == "" && r.country == "" && a.stateRunBodyOf(r) {
		r.nonState = false // "The chief executive of the state railway company": the state's
	}
	if a.staffBodyTitle(r.title) && !r.explicit {
		r.country, r.nonState = "", true // "Works council chairman NAME": the staff's body, in Germany or not
		return true
	}
	return false
}

// placeRoles gives each state role without a written state the state of its
// context: the nearest state before it in its sentence (not one already
// holding the same office there: "Russian President Putin ... President
// Obama"), else the state the article is most about, else the state its
// writing style points to. Roles of bodies (Hamas, the UN) stay stateless:
// a role whose written state a body's title overrides (bodyOverState), a
// role a body owns through "its" (itsOwner), one whose body the text names
// around it (bodyOfRole).
func (a *analysis) placeRoles() {
	used := a.titleStates()
	style, dateline := a.styleCountry(), a.datelineState()
	a.headOnlyOrgs() // "Agency spokesperson NAME" after "The Alabama Law Enforcement Agency"
	for _, p := range a.people {
		r := p.role
		if r == nil || a.firmRole(r) || a.firmPossessiveRole(r) || a.forceOwnerSettles(p, r) || a.heldGroupSettles(p, r) || a.bodySettlesRole(p, r, used, style, dateline) {
			continue
		}
		if a.localUnitTitle(r) {
			r.country = a.localUnitState(p, r, used, style, dateline) // "Mandera County Commissioner NAME": no body's
			continue
		}
		if a.ownerOrPartySettles(p, r) || a.unknownOwnerTitle(r) || a.acronymOwnerTitle(r) {
			continue
		}
		a.contextState(p, r, used, style, dateline)
	}
	a.stateAgencyRoles(used, style, dateline)   // "director of the BC Wildfire Service": Canada's office
	a.juntaRoles()                              // "the head of the junta, General NAME": the state it rules
	a.partyLegislatorStates()                   // "a lawmaker of the opposition People Power Party": Korea's seat
	a.unlistedPartySeats(used, style, dateline) // "opposition lawmaker NAME, defence spokeswoman of the Isamaa party": Estonia's seat
	a.shadowOffices()                           // "The shadow foreign secretary, NAME, said": the opposition's, party named or not
	a.europeanMembers()                         // "French MEP NAME": the European Parliament's seat
	a.armedRunOffices()                         // "health ministry spokesman NAME" after "the Houthi-run health ministry"
}

// bodySettlesRole settles role r of p from the body or state its own
// wording gives (a party, an international office, a mission, a force's
// acronym, an armed group's seat) and reports whether placeRoles should
// look no further: also when the role already has a state, a body that
// is no party's, or no state at all.
func (a *analysis) bodySettlesRole(p *person, r *role, used map[int]string, style, dateline string) bool {
	a.dropInnerParty(r) // "the Nationwide Social Democratic Party": no US Democrats
	if a.itsPartyServedIn(r) {
		return true // "The AfD ... Its defence spokesman in the Bundestag, NAME,": the party's
	}
	if a.partyMember(r) || a.partyChamberOffice(r) {
		r.country, r.nonState = "", true // "a Polish member of the EPP": the party's
		return true
	}
	if a.settledByWording(r) || a.partyAfterName(p, r) || a.namedBodyAfterTitle(r) {
		return true
	}
	if a.communityLeader(r) || a.breakawayTitle(p, r) || a.regionCommander(r) {
		r.country, r.nonState = "", true // "Separatist leader NAME": no state's
		return true
	}
	if a.internationalOffice(r) || a.intlRole(p, r) || a.patronGovernmentRole(r) {
		return true
	}
	if rivalGovernmentOwned(r) {
		r.country, r.nonState = "", true // "The NUG's defence minister, NAME"
		return true
	}
	if r.country != "" && r.org == "" && !r.nonState {
		a.statePartyBranch(r)
	}
	if r.country == "" && r.org != "" && !r.nonState && r.orgKind != "armed" {
		if c, _ := a.acronymForce(r); c != "" {
			r.org, r.orgKind, r.country = "", "", c // "The Armed Forces of the Philippines (AFP) ... AFP spokesperson": no news agency
			return true
		}
	}
	if r.country == "" && a.armedGroupSeat(r) {
		// "a Hezbollah member of parliament": a seat of the state the
		// story is about, not of the enemy named in the sentence before
		if r.country = a.homeState(r, a.officeOf(r.title).lacks); r.country == "" {
			r.country = a.roleState(p, r, used, style, dateline)
		}
		return true
	}
	if r.country == "" && a.missionRole(r) {
		// "KFOR's commander, Major General NAME of Italy", "The
		// mission's commander, NAME, a senior Kenyan police officer":
		// the command is the mission's, not the state the officer comes
		// from; a state's unit he is said to lead keeps its state
		if r.country = a.unitApposition(p, r); r.country == "" {
			r.nonState = true
		}
	}
	if r.nonState && r.org == "" && r.country == "" {
		r.org = a.companyAfterDescription(r) // "head of safety at the vessel's operator, Skarvik Shipping,"
	}
	if a.statedPartyOffice(p, r) {
		r.country, r.nonState = "", true // "The leader of Italy's opposition Democratic Party, NAME": the party's
		return true
	}
	if r.country != "" || r.org != "" && r.orgKind != "party" || r.nonState {
		return true
	}
	if party := a.stateUnitAcronym(r); party != "" {
		r.org, r.orgKind, r.nonState = party, "party", true // "APC state publicity secretary NAME": the party's state unit
		return true
	}
	return false
}

// ownerOrPartySettles settles role r of p through an owner the text names
// around it (ownedRole) or as a party's own office, and reports whether
// it did.
func (a *analysis) ownerOrPartySettles(p *person, r *role) bool {
	if a.ownedRole(p, r) {
		if r.country == "" && a.missionRole(r) {
			r.country = a.unitApposition(p, r) // "The mission's head, NAME, who leads the Ghanaian contingent"
		}
		return true // "Its commander, Major General NAME of Nigeria," after a task force: the force's
	}
	if r.orgKind == "party" && a.partyOffice(r) && !a.seatHeld(p, r) {
		return true // "ODM county chairman NAME": the party's, no state's
	}
	return a.partyOfficer(p, r) // "The shadow defence secretary, NAME, said the Conservatives supported ...": the party's
}

// contextState gives role r of p the state of its context (roleState),
// then takes it back where a party word makes the office the party's own.
func (a *analysis) contextState(p *person, r *role, used map[int]string, style, dateline string) {
	if r.orgKind == "party" && a.portfolioPartyWord(r) {
		r.org, r.orgKind, r.orgState = "", "", "" // "Labour Minister NAME" in Sri Lanka: the portfolio
	}
	if c := a.counterpartBackState(r); c != "" {
		r.country = c // "... with his Azerbaijani counterpart. His counterpart, NAME,"
		return
	}
	if c := a.localHeadPlaceState(r); c != "" {
		r.country = c // "... hit the Saltivskyi district of Kharkiv ..., the regional governor, NAME,"
		return
	}
	if r.notState == "" {
		r.notState = a.counterpartState(r)
		if r.notState == "" {
			r.notState = a.visitedState(p) // "NAME, on her second visit to Romania,"
		}
		if r.notState == "" {
			r.notState = a.liaisonState(p) // "NAME, who served as a liaison officer with the French,"
		}
		r.notOnly = r.notState != ""
	}
	r.country = a.roleState(p, r, used, style, dateline)
	if r.org == "" && r.country != "" {
		r.org = a.partyWordOrg(r, r.country) // "Conservative shadow home secretary": the Conservative Party's
		if r.org != "" && a.partyOffice(r) && !a.seatHeld(p, r) {
			r.country = "" // "Green Party Leader NAME": the party's own office, no state's
		}
	}
	if r.org == "" && r.country != "" && (a.titleNamedParty(p, r) || a.partyNameBeforeTitle(p, r)) {
		r.country = "" // "National Party leader NAME", "Travis County Democratic Party Chair NAME": the party's, listed or not
	}
}

// internationalOffice gives r the international body its own title names,
// with no state, and reports whether it did: the holder's nationality or
// the story's state is not the office's.
func (a *analysis) internationalOffice(r *role) bool {
	if body := a.bodyTitleBeforeTrade(r); body != "" {
		r.org, r.orgKind, r.country, r.nonState = body, "intl", "", true // "The head of the OSCE mission, Danish diplomat NAME"
		return true
	}
	if body := a.mandateBody(r); body != "" {
		r.org, r.orgKind, r.country, r.nonState = body, "intl", "", true // "the special rapporteur on ..., NAME"
		return true
	}
	if body := a.secretariatBody(r); body != "" {
		r.org, r.orgKind, r.nonState = body, "intl", true // "Secretary-General NAME" in a story about Cyprus
		return true
	}
	return false
}

// armedGroupSeat reports a legislator's seat held for an armed group that
// sits in a state's parliament as a party does: "a Hezbollah member of
// parliament", "Hezbollah lawmaker NAME". The seat is the state's, the
// group the role's body.
func (a *analysis) armedGroupSeat(r *role) bool {
	if r.orgKind != "armed" || r.titleLo < 0 || r.titleHi > len(a.d.toks) {
		return false
	}
	for k := r.titleLo; k < r.titleHi; k++ {
		// the seat is the role's head; "a representative of Hezbollah" is
		// the group's envoy
		if t := a.d.toks[k]; seatNoun(t) && t.lower == r.head && t.lower != "representative" || a.memberOfLegislature(k) {
			return true
		}
	}
	return false
}

// ownedRole settles a role without a state or body of its own whose
// owner the text names around it: a party, a mission, an agency, a
// company, an armed group, or an owner whose state is known. It reports
// whether it did; placeRoles then seeks no other state for the role.
func (a *analysis) ownedRole(p *person, r *role) bool {
	if party := a.theirParty(r); party != "" {
		r.org, r.orgKind, r.nonState = party, "party", true // "The Social Democrats ... Their transport spokeswoman"
		return true
	}
	if party, ok := a.whoseParty(r); ok && (partyOffices.has(r.head) || partyOwnedOffices.has(r.head)) {
		r.org, r.orgKind, r.nonState = party, "party", true // "The Brazilian Progressistas party, whose vice-president NAME"
		return true
	}
	if a.itsOwner(r) {
		return true
	}
	if body := a.includedMemberBody(r); body != "" {
		r.org, r.orgKind, r.nonState = body, "", true // "five members of Kataib Hezbollah, including a senior commander, NAME"
		return true
	}
	if a.missionCommanded(p) {
		r.nonState = true // "The force commander, Lieutenant General NAME,": the mission's
		return true
	}
	if body := a.missionOwner(p); body != "" {
		r.org, r.orgKind, r.nonState = body, "", true // "The mission's head, Lieutenant General NAME,"
		return true
	}
	if body := a.typedTitleSubject(r); body != "" {
		r.org, r.orgKind, r.nonState = body, "", true // "Andes Airways cancelled flights, company spokeswoman NAME said"
		return true
	}
	if body := a.typedOwnerBody(r); body != "" {
		r.org, r.orgKind, r.nonState = body, "", true // "the agency's director-general"
		return true
	}
	if c := a.ownerNounState(r); c != "" {
		r.country = c // "The Georgian railway's chairman, NAME,"
		return true
	}
	if c := a.ownerBackState(a.titleOwnerRole(r)); c != "" {
		r.country = c // "NAME, the regulator's chief executive" after "The Canada Energy Regulator"
		return true
	}
	if c := a.modifiedOwnerBackState(r); c != "" {
		r.country = c // "The cocoa board's chief executive, NAME," after "the Ghana Cocoa Board"
		return true
	}
	if c := a.apposedBodyBackState(r); c != "" {
		r.country = c // "Major General NAME, spokesman for the Joint Operations Command" after "the Iraqi Joint Operations Command"
		return true
	}
	if a.partyNounOwns(r) && a.partyOffice(r) {
		r.nonState = true // "The ruling party's leader, NAME,": the party's own office
		return true
	}
	if _, group := a.acronymForce(r); group != "" {
		r.org, r.nonState = group, true // "An SLA commander" after "the Sudan Liberation Army (SLA)"
		return true
	}
	if a.statelessApposition(p) {
		r.nonState = true // "The High Representative, NAME, the international official who ..."
		return true
	}
	if body := a.groupNounBackBody(r); body != "" {
		r.org, r.orgKind, r.nonState = body, "armed", true // "a spokesman for the dissident front" after "the Carlos Patiño front"
		return true
	}
	if body := a.earlierIndefiniteBody(r); body != "" {
		r.org, r.nonState = body, true // "A spokesman for the Edhi Foundation said ... the spokesman, NAME, said"
		return true
	}
	if body, ok := a.leadRoleBody(p, r); ok {
		r.org, r.nonState = body, true // "The UN refugee agency's special envoy called ... / Envoy NAME"
		return true
	}
	if body := a.bodyOfRole(p, r); body != "" {
		r.org = body
		return !legislatorHeads.has(r.head) && !a.memberSeat(r) // "an SJB member of parliament": the party's member, the state's seat
	}
	return false
}

// missionRole reports a role of a mission: one of the gazetteer's
// missions, or "the mission's" written before the title.
func (a *analysis) missionRole(r *role) bool {
	o := r.owner
	return a.lx.missions[r.org] || o >= 0 && o < len(a.d.toks) && !a.d.toks[o].cap && a.d.toks[o].lower == "mission"
}

// ledStateUnit returns the state of a unit that a role verb after "who"
// at k has as its object: "who commands the current US rotation", "who
// leads the French contingent" hold that state's unit. The state must
// qualify a lower-case noun, not open a body's name ("who heads the
// Korean Metal Workers' Union" is the union's).
func (a *analysis) ledStateUnit(k int) string {
	toks := a.d.toks
	if k+3 >= len(toks) || toks[k].lower != "who" {
		return ""
	}
	v := k + 1
	if haveAux.hasToken(&toks[v]) {
		v++
	} else if !strings.HasSuffix(toks[v].lower, "s") {
		return "" // "who led the US team": once, or an act
	}
	if v+2 >= len(toks) || a.lx.roleVerbs[toks[v].lower] == "" || toks[v+1].lower != "the" {
		return ""
	}
	for j := v + 2; j < len(toks) && j < v+6; j++ {
		if sm, ok := a.stateMentionAt(j); ok {
			if sm.possessive || sm.lim >= len(toks) || toks[sm.lim].cap || toks[sm.lim].kind != tWord {
				return ""
			}
			return sm.code
		}
		if toks[j].cap || toks[j].kind != tWord {
			return ""
		}
	}
	return ""
}

// statesItself name the state itself, alone after "of the"
// (words_places.tsv state-itself).
var statesItself = wordList("state-itself")

// ofTheStateItself reports a role whose body is one such word written
// alone after "of the" by its title: "Attorney-General of the Federation",
// not "Police Federation chairman".
func (a *analysis) ofTheStateItself(r *role) bool {
	if !statesItself.has(r.org) || r.titleLo < 0 {
		return false
	}
	toks := a.d.toks
	for k := max(r.titleLo, 2); k < len(toks) && k <= r.titleHi+3; k++ {
		if toks[k].text == r.org && toks[k-1].lower == "the" && toks[k-2].lower == "of" && (k+1 >= len(toks) || !toks[k+1].cap || a.personAt[k+1] >= 0) {
			return true
		}
	}
	return false
}

// bodyOverState gives a role with a written state and no body the body
// that holds it instead, and reports whether it did: a firm named in a
// private title, or the subject of "its" where the office is served in a
// state.
func (a *analysis) bodyOverState(r *role) bool {
	if r.country == "" || r.org != "" {
		return false
	}
	if a.privateTitle(r.title) && !a.localBodyOwns(r) {
		if body := a.namedBodyInTitle(r); body != "" {
			r.org, r.country = body, "" // "NAME, chief US economist at High Frequency Economics": the firm's
			return true
		}
	}
	if r.owner >= 0 && (a.servedIn(r) || a.nonStateNoun(r.owner) && a.servedPlaceBeforeTitle(r)) {
		// "The agency's chief of mission in Haiti, NAME,": served there,
		// held for the body the owner noun stands for
		if body := a.typedOwnerBody(r); body != "" {
			r.org, r.country = body, ""
			return true
		}
		if a.nonStateNoun(r.owner) {
			r.country, r.nonState = "", true // "The company's head of operations in Haiti"
			return true
		}
	}
	if a.ownedByState(r.titleLo) && a.servedIn(r) {
		// "Its head of mission in North Kivu, NAME,": where a body's
		// office is served is not whose it is
		if ant := a.itsSubject(r, sentence{}); ant.kind == itsBodyNamed {
			r.org, r.country = ant.body, ""
			return true
		}
	}
	return false
}

// itsOwner gives a role owned through "its" (after any rank that follows
// the title) the body or state "its" stands for (itsAntecedentOf), or
// marks it no state's when it stands for a typed body, and reports
// whether it did.
func (a *analysis) itsOwner(r *role) bool {
	ir := a.rankAfterTitle(r)
	if r.org != "" || !a.ownedByState(ir.titleLo) || a.seatPastIts(r, ir) {
		return false // "Its leader, Sen. NAME,": the seat is the state's
	}
	ant := a.itsAntecedentOf(ir)
	if ant.kind == itsNone {
		return false
	}
	ant.ownsRole(r)
	return true
}

// sentenceBeforeIts is the sentence before a title's own when "Its" opens
// the title's sentence: the body "Its" stands for is named there.
func (a *analysis) sentenceBeforeIts(r *role) (sentence, bool) {
	toks := a.d.toks
	i := r.titleLo - 1
	if i < 1 || toks[i].lower != "its" || !toks[i].sentStart && !a.afterOpeningQuote(i) && !a.afterOpeningName(i) || toks[i].sent == 0 {
		return sentence{}, false
	}
	return a.d.sents[toks[i].sent-1], true
}

// afterOpeningQuote reports "its" at i right after a quotation that opens
// its sentence: "\"...,\" its spokesman, NAME, said" stands for the body
// the sentence before names, as "Its spokesman" would (fx54).
func (a *analysis) afterOpeningQuote(i int) bool {
	toks := a.d.toks
	first := a.d.sents[toks[i].sent].first
	return i >= 2 && toks[i-1].kind == tQuote && toks[i-2].text == "," && toks[first].kind == tQuote && first < i-2
}

// itsLocalStateBody reads the state of a body of a place inside it that the
// sentence before "Its" names last: a capitalised name that bodyName reads
// as a state's body and that a place opens ("the Lagos State Building
// Control Agency. Its general manager, NAME,"). Such an office is the
// state's, even one a company also has.
func (a *analysis) itsLocalStateBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	for k := prev.lim - 1; k >= prev.first; k-- {
		if !toks[k].cap || toks[k].kind != tWord || k > prev.first && toks[k-1].cap && toks[k-1].kind == tWord {
			continue
		}
		e := a.capRunEnd(k)
		pi := a.placeAt[k]
		if e <= k+1 || pi < 0 || a.places[pi].kind != sPlace || a.places[pi].code == "" || a.places[pi].ambiguous {
			return itsAntecedent{} // the last name before "Its" must be the body
		}
		if state, ok := a.bodyName(k, e); ok && state && e < len(toks) && toks[e].kind != tWord {
			return itsAntecedent{kind: itsStateBody, state: a.places[pi].code}
		}
		return itsAntecedent{}
	}
	return itsAntecedent{}
}

// itsNounBackState reads the state of the body that "Its" opening a title's
// sentence stands for when the sentence before opens with "The NOUN" and
// a verb, the noun referring back to a state's body named before
// (nounBackState).
func (a *analysis) itsNounBackState(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	first := a.reportedClauseStart(prev.first, prev.lim)
	if first+2 >= prev.lim || toks[first].lower != "the" || toks[first+2].kind != tWord || toks[first+2].cap {
		return itsAntecedent{}
	}
	if c := a.nounBackState(first + 1); c != "" {
		return itsAntecedent{kind: itsStateBody, state: c}
	}
	return itsAntecedent{}
}

// partyPlurals are plural names of parties' members that are no plural
// of a party-member word: "The Greens said" (words_people.tsv
// party-plural).
var partyPlurals = wordList("party-plural")

// theirParty returns the party that "their" before a party's own office
// stands for: the subject of the sentence before (or of the title's own),
// named by its members in the plural, "The opposition Social Democrats
// said ... Their transport spokeswoman, NAME," or "The Greens ... Their
// leader"; "" for any other subject ("Ministers said ... Their
// spokeswoman") or office.
func (a *analysis) theirParty(r *role) string {
	toks := a.d.toks
	k, lim, ok := a.possessorName(r, true)
	if !ok || !a.partyOffice(r) {
		return ""
	}
	e := k + 1 // "The Greens said" may read as a surname alone
	if a.personAt[k] < 0 {
		e = a.capRunEnd(k)
	}
	if e <= k || e >= lim || (toks[e].kind != tWord || toks[e].cap) && !a.relativeClauseAt(e, lim) {
		return "" // the run is the subject: a verb in lower case, or a clause about it, follows it
	}
	last := toks[e-1].lower
	if !strings.HasSuffix(last, "s") || !partyMembers.has(singular(last)) && !partyPlurals.has(last) {
		return ""
	}
	return stripInvisible(a.d.text[toks[k].start:toks[e-1].end])
}

// adjectiveOpensName reports a state's or region's adjective at k that
// opens a capitalised name ending before lim: "The Scottish Liberal
// Democrats", "the Welsh Conservatives"; not "Scottish ministers".
func (a *analysis) adjectiveOpensName(k, lim int) bool {
	toks := a.d.toks
	m := a.places[a.placeAt[k]]
	return m.first == k && m.kind == sAdjective && m.lim < lim && toks[m.lim].cap && toks[m.lim].kind == tWord && a.placeAt[m.lim] < 0 && a.personAt[m.lim] < 0
}

// bodyOfRole returns the body the text names around role r of person p,
// by the first rule that finds one, or "".
func (a *analysis) bodyOfRole(p *person, r *role) string {
	if body := a.principalBody(p, r); body != "" {
		return body // "An aide to Hamas leader NAME, NAME,"
	}
	if body := a.sceneBody(r); body != "" {
		return body // "At the Bawku Presbyterian Hospital, the medical director, NAME,"
	}
	if body := a.possessiveServedBody(p, r); body != "" {
		return body // "UN Secretary-General NAME has said ... \"...,\" his spokesman, NAME, said"
	}
	if body := a.bodyAfterTitledName(r); body != "" {
		return body // "Retired Colonel NAME, chairman of the Union of Veterans,"
	}
	if body := a.ofBodyAfterName(r); body != "" && r.org == "" {
		return body // "Chief Marlene Joe of the Tsawwassen First Nation"
	}
	if body := a.nationOfChief(r); body != "" && r.org == "" {
		return body // "residents of Tallow Creek Cree Nation ... Chief NAME said"
	}
	if body := a.armedGroupInTitle(r); body != "" {
		return body // "a spokesman for the Ambazonia Defence Forces"
	}
	if a.europeanOffice(r) {
		return "EU" // "European Commissioner NAME": no state's office
	}
	if body := a.acronymBody(r); body != "" {
		return body // "NFF president" after "the Nigeria Football Federation"
	}
	if body := a.sentByBody(r); body != "" {
		return body // "ECOWAS also sent a mediator, NAME,"
	}
	if body := a.subjectBodyOfSpeaker(r); body != "" {
		return body // "The World Health Organization's committee will meet ..., Director-General NAME said"
	}
	if body := a.bodyOfMember(r); body != "" {
		return body // "Competition Commissioner NAME" in a story about the European Commission
	}
	if body := a.companyAfterTitle(r); body != "" {
		return body // "said NAME, Director, IIFL Securities."
	}
	if body := a.companyAfterDescription(r); body != "" {
		return body // "NAME, head of safety at the vessel's operator, Skarvik Shipping,"
	}
	if body := a.namedBodyInTitle(r); body != "" {
		return body // "a spokesman for Vodafone", "The leader of Ennahda, NAME"
	}
	if body := a.bodyBeforePrivateTitle(r); body != "" {
		return body // "Prebon Yamane economist NAME", "said Yukos chief executive NAME"
	}
	if body := a.organOfNamedBody(r); body != "" {
		return body // "Commission Chairperson NAME" in a story about the African Union
	}
	if body := a.intlCourtBody(r); body != "" {
		return body // "The East African Court of Justice ruled ... Principal Judge NAME"
	}
	return ""
}

// sceneBody returns the body that is no state's named as the scene that
// opens the title's sentence, right before the title: "At the Bawku
// Presbyterian Hospital, the medical director, NAME, said" holds the
// hospital's office; "At the Ministry of Health, the director" a state's.
func (a *analysis) sceneBody(r *role) string {
	toks := a.d.toks
	if r.titleLo < 4 || r.titleLo > len(toks) {
		return ""
	}
	first := a.d.sents[toks[r.titleLo-1].sent].first
	if toks[first].lower != "at" || toks[first+1].lower != "the" {
		return ""
	}
	j := first + 2
	e := a.capRunEnd(j)
	if e <= j+1 || e >= r.titleLo || toks[e].text != "," {
		return ""
	}
	if k := e + 1; k != r.titleLo && !(k+1 == r.titleLo && toks[k].lower == "the") {
		return ""
	}
	if state, ok := a.bodyName(j, e); !ok || state || a.namesStateIn(j, e) {
		return ""
	}
	return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
}

// possessivePrincipal returns the titled person "his" or "her" before a
// serving role stands for: the nearest other person named before it, in
// its sentence or the one before, if that person holds a role. "UN
// Secretary-General NAME called the raid a violation. \"...,\" his
// spokesman, NAME, said" serves the Secretary-General.
func (a *analysis) possessivePrincipal(p *person, r *role) *person {
	toks := a.d.toks
	i := a.possessorOfTitle(r)
	if i < 1 || i >= len(toks) || toks[i].lower != "his" && toks[i].lower != "her" || !a.lx.roleTags[r.head+"/speaker"] && !aideHeads.has(r.head) {
		return nil
	}
	from := a.principalFrom(i)
	for k := i - 1; k >= from; k-- {
		if a.personAt[k] < 0 {
			continue
		}
		if q := a.people[a.mentions[a.personAt[k]].person]; q != p {
			if q.role == nil {
				return nil
			}
			return q
		}
	}
	return nil
}

// possessiveServedBody is the body that is no state's of the person a
// serving role after "his" or "her" serves (possessivePrincipal), or "".
func (a *analysis) possessiveServedBody(p *person, r *role) string {
	if q := a.possessivePrincipal(p, r); q != nil && q.role.country == "" && q.role.orgKind != "party" {
		return q.role.org
	}
	return ""
}

// portfolioWordAt reports a party's word at k that is also a title's
// modifier, before a portfolio head ("Labour Minister"), in a story that never names the
// party's state c: there it names the minister's portfolio ("Labour
// Minister NAME" in Nairobi or Lisbon), not Britain's Labour Party.
func (a *analysis) portfolioWordAt(k int, c string) bool {
	toks := a.d.toks
	return k+1 < len(toks) && portfolioHeads.hasToken(&toks[k+1]) && a.lx.roles[toks[k].lower] == rMod && !a.namesStateMuch(c)
}

// namesStateMuch reports a story that names state c more than once, or
// once and is most about it: "British planters" once in a story about Sri
// Lanka's tea estates leaves its "Labour Minister" Sri Lanka's.
func (a *analysis) namesStateMuch(c string) bool {
	n := 0
	for _, m := range a.places {
		if m.code == c {
			n++
		}
	}
	home := a.homeRanking()
	return n > 1 || n == 1 && (len(home) == 0 || home[0] == c)
}

// portfolioPartyWord reports a party's role whose party word, in or
// just before its capitalised title, is a portfolio there
// (portfolioWordAt), in copy not of the party's press.
func (a *analysis) portfolioPartyWord(r *role) bool {
	if r.orgState == a.styleCountry() {
		return false // "former Labour minister" in British copy: the party's
	}
	for k := max(0, r.titleLo-1); k < r.titleHi && k < len(a.d.toks); k++ {
		if a.d.toks[k].cap && k+1 < len(a.d.toks) && a.d.toks[k+1].cap && slices.Contains(a.lx.partyWords[a.d.toks[k].lower], r.orgState) && a.portfolioWordAt(k, r.orgState) {
			return true
		}
	}
	return false
}

// portfolioHeads take a portfolio word before them (words_people.tsv).
var portfolioHeads = wordList("portfolio-head")

// statePartyBranch gives a party's own office whose written state opens
// the name of the party's branch its title holds ("Scottish Conservative
// leader", "Welsh Conservative leader NAME": the Conservative Party's) to
// the party and no state, as partyWordOrg does where the state comes
// from the context. A state's office keeps its state ("Republican
// President NAME", "Senate Democratic leader").
func (a *analysis) statePartyBranch(r *role) {
	if org := a.partyWordOrg(r, r.country); org != "" && a.partyOffice(r) {
		r.org, r.orgKind, r.country = org, "party", ""
	}
}

// partyWordOrg returns the party of state c whose name is a capitalised
// word of the title and "Party" ("Conservative" and GB: the Conservative
// Party; "Democratic" and US: the Democratic Party); "" when the gazetteer
// holds none ("Liberal" in Britain is no "Liberal Democrats").
func (a *analysis) partyWordOrg(r *role, c string) string {
	toks := a.d.toks
	for k := max(0, r.titleLo); k < r.titleHi && k < len(toks); k++ {
		t := toks[k]
		if connectors.hasToken(&t) {
			return "" // "head of the Federal Labour Agency": a body's name
		}
		if !t.cap || a.roleKind(k) == rHead || !slices.Contains(a.lx.partyWords[t.lower], c) || a.portfolioWordAt(k, c) {
			continue
		}
		for _, o := range a.lx.orgs {
			if o.Kind == "party" && o.Country == c && (o.Name == t.text+" Party" || strings.HasPrefix(o.Name, t.text+" Party of ")) {
				return o.Name
			}
		}
	}
	return ""
}

// subjectBodyOfSpeaker returns the body that is no state's whose
// possessive opens the sentence in which a bare title before the name
// speaks at its end: "The World Health Organization's emergency committee
// will meet ..., Director-General NAME said" is the body's head speaking
// of it; so is the speaker of a quote that opens the sentence after such
// a subject. "" for a state's office or any other sentence.
func (a *analysis) subjectBodyOfSpeaker(r *role) string {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.titleLo < 2 || r.at >= len(toks) || a.lx.roleOf(strings.ToLower(r.head)) != rHead {
		return ""
	}
	if c := toks[r.titleLo-1]; c.text != "," && !(c.kind == tQuote && toks[r.titleLo-2].text == ",") {
		return ""
	}
	m := a.mentions[a.personAt[r.at]]
	if m.lim >= len(toks) || !a.peopleClass(m.lim, pcSpeech) {
		return ""
	}
	first := a.subjectStart(r.at)
	if a.attributionAfterQuote(r.titleLo) {
		// "The UN's rights office called for an inquiry. \"...,\" spokesman
		// NAME said": the quote's speaker speaks for the subject before it
		first = a.subjectStart(a.d.sents[toks[r.at].sent-1].first)
	}
	o, ok := a.orgAtTok(first)
	if !ok || o.first != first || o.lim >= len(toks) || toks[o.lim].lower != "'s" && !a.pluralApostrophe(o.lim) {
		return ""
	}
	if g := a.lx.orgs[o.org]; g.Kind == "intl" || g.Kind == "ngo" {
		return g.Name
	}
	return ""
}

// subjectStart is where the subject of the sentence of token i opens:
// past a dateline ("GENEVA, Dec 1 — The WHO's ...") and a leading "the".
// subjectBodyOfSpeaker and reportedSubjectState read the subject there.
func (a *analysis) subjectStart(i int) int {
	toks := a.d.toks
	first := a.d.sents[toks[i].sent].first
	first = max(first, a.datelineEnd(int(toks[first].para)))
	if toks[first].lower == "the" {
		first++
	}
	return first
}

// bodyOfMember returns the international body a bare role is named after
// when the story names that body, and only one such: a "Competition
// Commissioner" in a story about the European Commission is the
// Commission's, not the state a holder of that name once served. A state
// body's word in the title ("Police Commissioner") or "High Commissioner"
// (a Commonwealth envoy) keeps the role a state's.
func (a *analysis) bodyOfMember(r *role) string {
	base, ok := strings.CutSuffix(r.head, "er")
	if !ok || len(base) < 4 {
		return ""
	}
	for _, w := range a.lowerFields(r.title) {
		if w == "high" || a.lx.bodyWords[w].kind == "state" {
			return ""
		}
	}
	found := ""
	for _, o := range a.orgs {
		g := a.lx.orgs[o.org]
		if g.Kind != "intl" || !strings.HasSuffix(strings.ToLower(g.Name), " "+base) {
			continue
		}
		if found != "" && found != g.Name {
			return ""
		}
		found = g.Name
	}
	return found
}

// organOfNamedBody returns the organ of an international body the story
// names that a bare title names by its last word: "Commission Chairperson
// NAME" and "Peace and Security Commissioner NAME" in a story about the
// African Union are the African Union Commission's (organizations.tsv).
// The organ must be the named body's name and the word, and one only.
func (a *analysis) organOfNamedBody(r *role) string {
	// the title's capitalised words for a state's institution ("Commission"),
	// and the noun its head is made from ("Commissioner"): most titles have
	// none, and the story's bodies and the gazetteer are then left unread
	words := strings.Fields(r.title)
	if a.unknownAcronymInTitle(r) || localModdedHead(words, r.head) || a.itsOwnerElsewhere(r) {
		return "" // "SoDMA commissioner" in a story naming the African Union: SoDMA's
	}
	if base, ok := strings.CutSuffix(r.head, "er"); ok && len(base) >= 4 {
		words = append(words, strings.ToUpper(base[:1])+base[1:])
	}
	words = slices.DeleteFunc(words, func(w string) bool {
		return !unicode.IsUpper(rune(w[0])) || a.lx.bodyWords[strings.ToLower(w)].kind != "state"
	})
	if len(words) == 0 {
		return ""
	}
	named := map[string]bool{}
	for _, o := range a.orgs {
		if g := a.lx.orgs[o.org]; g.Kind == "intl" {
			named[g.Name] = true
		}
	}
	if len(named) == 0 {
		return ""
	}
	found := ""
	for _, w := range words {
		suffix := " " + w // made once a word, not once an organisation
		for _, h := range a.lx.orgs {
			if body, ok := strings.CutSuffix(h.Name, suffix); ok && h.Kind == "intl" && named[body] {
				if found != "" && found != h.Name {
					return ""
				}
				found = h.Name
			}
		}
	}
	return found
}

// euHeads are role nouns that "European" before them makes the
// European Union's (words_people.tsv eu-head).
var euHeads = wordList("eu-head")

// europeanOffice reports a title of the European Union's written with
// "European" before its head: "European Commissioner", "European
// Commissioner for Trade"; not "European Affairs Minister".
func (a *analysis) europeanOffice(r *role) bool {
	words := a.officeWords(r.title)
	return len(words) >= 2 && words[0] == "european" && euHeads.has(words[1]) && euHeads.has(r.head)
}

// noStateHas reports an article about at least one state, none of which
// has the office (lacks says which lack it).
func (a *analysis) noStateHas(lacks func(string) bool) bool {
	home := a.homeRanking()
	for _, c := range home {
		if !lacks(c) {
			return false
		}
	}
	return len(home) > 0
}

// roleState decides the state of a role whose title names none, from the
// strongest evidence down: a party's state; a state bound to the title ("In
// Kenya, President ...", "Turkey ... its president"); the press's own state
// for a title its press writes bare ("President Obama" in American copy),
// unless the story is datelined abroad, where bare titles are local ones;
// the nearest state in the sentence; the state the article is most about.
// A state the role serves in ("envoy to Ukraine") is never its own.
func (a *analysis) roleState(p *person, r *role, used map[int]string, style, dateline string) string {
	if c, ok := a.boundState(p, r, used, style, dateline); ok {
		return c
	}
	// a state guessed from the context must have such an office: a
	// "Foreign Secretary" in a story about Sudan is no Sudanese office
	office := a.officeOf(r.title)
	lacks := office.lacks
	if c := a.capitalLeadState(r.at); c != "" && c != r.notState && !lacks(c) {
		return c // "Paris: ... foreign ministry spokesman NAME said": the section's state
	}
	if c := a.sceneOpenerState(r); c != "" && c != r.notState && !lacks(c) {
		return c // "In Beijing, the foreign ministry's spokesman, NAME,": the scene's state
	}
	if a.jointStatesOpen(r, lacks) {
		return "" // "Turkey and Greece held talks. Foreign Minister NAME said": either's
	}
	if c := a.closeState(p, r, used, lacks); c != "" {
		return c
	}
	if c := a.bodyAnaphorState(r); c != "" && c != r.notState {
		return c
	}
	if c := a.spokenForState(r); c != "" && c != r.notState && !lacks(c) {
		return c // "The government spokesman, NAME, said Addis Ababa would not ..." in Nairobi
	}
	if a.noStateHas(lacks) && (style == "" || lacks(style)) && r.title != "" && unicode.IsLower(rune(r.title[0])) {
		// "says president David Weisbrot" in a story about Australia: a
		// bare title in lower case that none of the story's states nor its
		// press's has is a body's, not some other state's
		return ""
	}
	if c := a.reportedSubjectState(r); c != "" && c != r.notState && !lacks(c) {
		return c // "Australia will send a frigate ..., Defence Minister NAME has announced"
	}
	if c := a.sceneDatelineState(r.at); c != "" && c != r.notState && !lacks(c) {
		return c // a roundup's later item, "REYKJAVIK (AP) - ... Spokeswoman NAME": its own dateline's
	}
	// "TEHRAN (AP) — ... President NAME": in a story datelined in a state
	// that the story is most about and that has the office, the press's
	// own bare title is the local one
	local := dateline != "" && dateline != style && len(a.homeRanking()) > 0 && a.homeRanking()[0] == dateline && !lacks(dateline)
	if style != "" && style != r.notState && !local && !a.aboutElsewhere(style, lacks) && !a.qualifiedAfter(r) && a.domesticTitleOrRank(r, style, dateline != "" && dateline != style) {
		return style
	}
	return a.guessedState(p, r, used, style, lacks)
}

// guessedState is roleState's last resort, a state guessed from the
// context, from the nearest ministry to the state the story is about.
func (a *analysis) guessedState(p *person, r *role, used map[int]string, style string, lacks func(string) bool) string {
	if c := a.ministryState(r); c != "" && c != r.notState && !lacks(c) {
		// "the defence ministry in Rome said ... Defence Minister NAME
		// said": the ministry's own state over a state merely further
		// along the sentence ("Somalia's defence ministry said ... About
		// 1,100 Egyptian soldiers landed, Defence Minister NAME told")
		return c
	}
	if c := a.contextCountry(r, used, 1<<30); c != "" && c != r.notState && !lacks(c) {
		return c
	}
	if c := a.describedState(p, r); c != "" && c != r.notState && !lacks(c) {
		return c
	}
	if c := a.governedPlaceBefore(r); c != "" && c != r.notState {
		return c // "... struck a facility near Odesa. The regional governor, NAME,"
	}
	// states whose government has no such office are never its state when
	// it is only guessed ("Prime Minister ..." in a story about the US)
	if c := a.previousSentenceState(r, used); c != "" && c != r.notState && !lacks(c) {
		return c
	}
	if c := a.unknownSeatState(r); c != "" && c != r.notState && !lacks(c) {
		return c // "Czech army ... NAME, the mayor of Krnov": the town is where the story last was
	}
	if c := a.homeState(r, lacks); c != "" {
		return c
	}
	if c := a.bodyOfHomeState(r); c != "" {
		return c // "The President of the Autonomous Bougainville Government,": a body within PNG
	}
	if style != "" && !lacks(style) && a.inPressState(style) {
		return style
	}
	if c := a.capitalOnlyState(); c != "" && c != r.notState && !lacks(c) {
		return c // "a close ally of the Casa Rosada": no state named, a bare "Governor"
	}
	return a.soleState(r)
}

// closeState is the state the role's own sentence or the one before it
// gives, strongest first, among states that have the office; "" when none
// does.
func (a *analysis) closeState(p *person, r *role, used map[int]string, lacks func(string) bool) string {
	fits := func(c string) bool { return c != "" && c != r.notState && !lacks(c) }
	if c := a.namedOwnerBackState(r); fits(c) {
		return c // "China's Eastern Theater Command ... The Eastern Theater Command's spokesman, Senior Colonel NAME,"
	}
	if c := a.ministryBackState(r); fits(c) {
		return c // "... of the Republic of Lithuania ... the Ministry of National Defence. Spokesperson: NAME,"
	}
	if c := a.regionOwnedState(r); fits(c) {
		return c // "... at Erbil airport. NAME, secretary-general of the region's Peshmerga Ministry,"
	}
	if c := a.framedOwnSentence(r); fits(c) {
		return c // "In Bujumbura, the army spokesman, Colonel NAME,"
	}
	if c := a.openerForceState(r); fits(c) {
		return c // "Djiboutian troops ... A spokesman for the contingent, Captain NAME,"
	}
	if c := a.subjectEchoState(r); fits(c) {
		return c // "Russia has denied ... in Moldova. Foreign Ministry spokeswoman NAME said Moscow"
	}
	if c := a.requesterState(r, used, lacks); c != "" {
		return c // "Kigali sent troops at the request of President NAME": not Rwanda's
	}
	if c := a.contextCountry(r, used, boundDist); fits(c) {
		return c
	}
	if c := a.framedBySentenceBefore(r); fits(c) {
		return c // "In Kenya, the deployment remains contested. Opposition lawmaker NAME said"
	}
	if c := a.carriedSceneState(r); fits(c) {
		return c // "In Seoul, Defence Minister NAME said ... ¶ ... ¶ A presidential spokesperson, NAME, said"
	}
	if c := a.surnameState(p, r); fits(c) {
		return c // "Defence Ministry spokeswoman Anna Harutyunyan" after "Azerbaijan's defence ministry said"
	}
	return ""
}

// boundState is the state bound to a role by its holder, its title, the
// person it serves or the scene of its sentence, tried before any state
// guessed from the context; ok reports that it decided, "" included (a
// company's "chief executive").
func (a *analysis) boundState(p *person, r *role, used map[int]string, style, dateline string) (string, bool) {
	if c := a.holderState(p, r); c != "" && c != r.notState {
		return c, true // "President Emmanuel Macron" in a story about China; Korea's "Democratic Party" leader
	} else if r.orgKind == "party" && r.orgState != "" {
		return a.partyRoleState(r), true
	}
	if c := a.ofStateAfterName(r); c != "" {
		return c, true
	}
	if c := a.governmentInPlaceState(r); c != "" && c != r.notState && !r.explicit {
		return c, true // "Information Minister NAME, speaking for the government in Aden,"
	}
	if c := a.talksHostState(r); c != "" && c != r.notState && !r.explicit {
		return c, true // "travel to Paris on Friday, as planned, for talks with President NAME"
	}
	if c := a.diplomaticPostState(r); c != "" && c != r.notState {
		return c, true // "India's embassy in Kathmandu ... an embassy spokesman, NAME,"
	}
	if c := a.unnamedPostState(r); c != "" {
		return c, true // "Lithuania summoned Belarus's chargé d'affaires ... the diplomat, NAME,"
	}
	if c := a.nationalityApposition(p, r); c != "" && c != r.notState {
		return c, true // "Maj. NAME, a Dutch officer serving with the battlegroup" in Lithuania
	}
	if c := a.apposedForceState(r); c != "" {
		return c, true // "Colonel NAME, director of public relations at the Ghana Armed Forces," in Lebanon
	}
	if c := a.principalState(p, r, used, style, dateline); c != "" && c != r.notState {
		return c, true // "an adviser to President Vladimir Putin": Russia's
	}
	if q := a.possessivePrincipal(p, r); q != nil && q.role.country != "" && q.role.country != r.notState {
		return q.role.country, true // "Prime Minister NAME said ... \"...,\" his spokesman, NAME, said"
	}
	if a.privateTitle(r.title) && !a.localBodyOwns(r) && !a.stateRunBodyOf(r) {
		return "", true // "chief executive": a company's, whatever state the story is about
	}
	if c := a.placeInTitle(r); c != "" && !a.datelineNamesake(r, c, dateline) {
		return c, true // "Vermont Sen. Bernie Sanders"
	}
	if c, _ := a.acronymForce(r); c != "" {
		return c, true // "The SSPDF spokesman, Major General NAME": South Sudan's People's Defence Forces
	}
	if c := a.partyWordState(r); c != "" && c != r.notState {
		return c, true // "Conservative Leader Andrew Scheer" in a story about Canada and China
	}
	if c := a.courtState(r); c != "" && c != r.notState {
		return c, true // "At the Central Criminal Court in Dublin, Judge NAME"
	}
	if c := a.hostState(r); c != "" && c != r.notState {
		return c, true // "Iraq's top diplomat was welcomed in Ankara by Foreign Minister NAME"
	}
	if c := a.briefingAgencyState(r); c != "" && c != r.notState {
		return c, true // "lawmaker Cho ... after a briefing by the National Intelligence Service"
	}
	return "", false
}

// nationalityApposition returns the state of an apposition right after a
// name whose title stands before it: "Maj. NAME, a Dutch officer," is the
// Netherlands', wherever the story is set. The adjective must qualify a
// role noun ("a Dutch national" is no office).
func (a *analysis) nationalityApposition(p *person, r *role) string {
	if c := a.unitApposition(p, r); c != "" {
		return c
	}
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		k := m.lim
		if m.prefix == m.first && r.rule != ruleTitleComma || k+3 >= len(toks) || toks[k].text != "," {
			continue // "The mission's commander, NAME, a senior Kenyan police officer,": the title is before the comma
		}
		if toks[k+1].lower != "a" && toks[k+1].lower != "an" {
			continue
		}
		k++
		if k+3 < len(toks) && !toks[k+1].cap && a.roleKind(k+1) == rMod {
			k++ // "a senior Kenyan police officer"
		}
		sm, ok := a.stateMentionAt(k + 1)
		if !ok || sm.kind != sAdjective || sm.lim != k+2 || toks[k+2].cap || a.roleKind(k+2) == 0 || privatePerson.hasToken(&toks[k+2]) {
			continue
		}
		return sm.code
	}
	return ""
}

// unitApposition returns the state of a unit an apposition right after a
// name says the person serves or leads ("NAME, commander of the Kenyan
// contingent,", "NAME, who commands the current US rotation,"), or "".
// Unlike a bare nationality ("NAME, a senior Ghanaian army officer,"),
// which a mission's command does not take, such a unit is the state's.
func (a *analysis) unitApposition(p *person, r *role) string {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		k := m.lim
		if m.prefix == m.first && r.rule != ruleTitleComma || k+3 >= len(toks) || toks[k].text != "," {
			continue
		}
		if c := a.roleOfStateUnit(k + 1); c != "" {
			return c // "Cmdr. NAME, captain of the British destroyer HMS X," in a story about Australia
		}
		if c := a.ledStateUnit(k + 1); c != "" {
			return c // "Lt. Col. NAME, who commands the current US rotation," in a story about Norway
		}
	}
	return ""
}

// roleOfStateUnit reads an apposition "ROLE of the ADJ unit" from k
// ("captain of the British destroyer", "commander of the Kenyan
// contingent"): the role noun heads the apposition and a state's adjective
// with a lower-case noun names the unit it serves, so the state is the
// officer's. A multinational unit ("the British-led force") or a role
// noun that is none ("a critic of the Russian army") says nothing.
func (a *analysis) roleOfStateUnit(k int) string {
	toks := a.d.toks
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k+4 >= len(toks) || toks[k].cap || a.roleKind(k) == 0 || toks[k+1].lower != "of" || toks[k+2].lower != "the" {
		return ""
	}
	sm, ok := a.stateMentionAt(k + 3)
	if !ok || sm.kind != sAdjective || sm.lim != k+4 || toks[k+4].cap || toks[k+4].kind != tWord {
		return ""
	}
	return sm.code
}

// principalRole returns the titled person a role serves ("an aide to
// President NAME") and that person's role, or nils when the role serves
// no one, its own holder, or someone whose role serves yet another (no
// chains). principalState and principalBody read it.
func (a *analysis) principalRole(p *person, r *role) (*person, *role) {
	if r.principal == 0 {
		return nil, nil
	}
	q := a.people[a.mentions[r.principal-1].person]
	if q == p || q.role == nil || q.role.principal != 0 {
		return nil, nil
	}
	return q, q.role
}

// principalState is the state of the titled person a role serves ("an
// aide to President NAME", "national security adviser to Prime Minister
// NAME"), or "" when that person holds a body's role or none.
func (a *analysis) principalState(p *person, r *role, used map[int]string, style, dateline string) string {
	q, qr := a.principalRole(p, r)
	if qr == nil {
		return ""
	}
	if c := qr.country; c != "" || qr.org != "" || qr.nonState {
		return c
	}
	return a.roleState(q, qr, used, style, dateline)
}

// principalBody is the body that is no state's whose role the titled
// person a role serves holds ("an aide to Hamas leader NAME"), or "".
func (a *analysis) principalBody(p *person, r *role) string {
	if _, qr := a.principalRole(p, r); qr != nil && qr.country == "" {
		return qr.org
	}
	return ""
}

// capitalOnlyState is the state of the capitals and seats of government a
// story names only as places ("a close ally of the Casa Rosada", "in
// Buenos Aires") when it names no state, no place inside one and no
// state's body: one state's, named by two different names (one name alone
// may be a town's, "Lima, OH", or a thing's, "The Jerusalem Project"),
// or "". A bare title's press then gives way.
func (a *analysis) capitalOnlyState() string {
	if len(a.homeRanking()) > 0 && a.homeRanking()[0] != a.styleCountry() {
		return ""
	}
	found, names := "", map[string]bool{}
	for pi := range a.places {
		m := &a.places[pi]
		if m.kind != sCapital || m.titledName || m.ambiguous || m.code == "" {
			continue
		}
		if found != "" && found != m.code {
			return ""
		}
		found = m.code
		names[a.placeText(m)] = true
	}
	if len(names) < 2 {
		return ""
	}
	return found
}

// lowerFields is strings.Fields(strings.ToLower(s)), split once per
// string for the document (passRooms.fields): the officials' rules split
// the same titles again and again. The slice is shared: callers do not
// write to it.
func (a *analysis) lowerFields(s string) []string {
	fields := roomMap(&a.d.rooms.fields)
	if w, ok := fields[s]; ok {
		return w
	}
	w := strings.Fields(strings.ToLower(s))
	fields[s] = w
	return w
}

// officeWords is lx.officeWords(title) from lowerFields: the words of
// the title in lower case, less the qualifiers before its office
// ("former", "acting"). The slice is shared, as lowerFields' is.
func (a *analysis) officeWords(title string) []string {
	words := a.lowerFields(title)
	for len(words) > 1 && a.lx.roleOf(words[0]) == rQual {
		words = words[1:]
	}
	return words
}

// officeOf is lx.officeOf(title), read once per title for the document
// (passRooms.offices): the officials' rules ask it of the same titles,
// state after state.
func (a *analysis) officeOf(title string) officeFacts {
	offices := roomMap(&a.d.rooms.offices)
	if f, ok := offices[title]; ok {
		return f
	}
	f := a.lx.officeOf(title)
	offices[title] = f
	return f
}

// partyRoleState is the state of a party's role: the party's, unless that
// state lacks the office and one state alone has it ("Labour TD for Dublin
// Bay North": Ireland's Labour, in Irish copy British in style).
func (a *analysis) partyRoleState(r *role) string {
	if home := a.legislatorSharedPartyHome(r); home != "" {
		return home // "a lawmaker of the ruling Democratic Party" in a story from Seoul: Korea's seat
	}
	c := a.partyState(r.orgState)
	if office := a.officeOf(r.title); office.sole() != "" && c != "" && office.lacks(c) {
		return office.sole()
	}
	return c
}

// homeState is the first of the states the article is about, most named
// first, that has the office; the state the role serves in is skipped
// ("met his Turkish counterpart") or, ruled out for good, ends the search.
func (a *analysis) homeState(r *role, lacks func(string) bool) string {
	for _, c := range a.datelineFirstRanking(r) {
		if c == r.notState && r.notOnly {
			continue
		}
		if c == r.notState {
			return ""
		}
		if !lacks(c) {
			// the story's scene, not a helper or host named more often
			if s := a.sceneState(c, func(s string) bool { return s != r.notState && !lacks(s) }); s != "" {
				return s
			}
			return c
		}
	}
	return ""
}

// soleState is the one state whose press writes the title bare or whose
// government alone has the office ("Gauteng Health MEC": only South
// Africa has it), or "".
func (a *analysis) soleState(r *role) string {
	if c := a.soleDomesticState(r); c != "" && !a.qualifiedAfter(r) {
		return c // not "The agency's representative in Ghana": no bare title
	}
	return a.officeOf(r.title).sole()
}

// aboutElsewhere reports a story that never names the state of its press
// (style) but names another state that has the office again and again
// (or, in a story that names no state, prices in its money):
// "former Prime Minister Benazir Bhutto" in British copy about Karachi's
// stock market is Pakistan's.
func (a *analysis) aboutElsewhere(style string, lacks func(string) bool) bool {
	home := a.homeRanking()
	if len(home) == 0 || home[0] == style || lacks(home[0]) {
		return false
	}
	n := 0
	for _, m := range a.places {
		if m.code == style {
			return false
		}
		if m.code == home[0] {
			n++
		}
	}
	if !a.namesAnyState() {
		// "a levy of GH¢1 ... one more cedi": its money is the state's
		for _, c := range a.moneyStates() {
			if c.code == home[0] {
				n++
			}
		}
	}
	return n >= 3
}

// surnameState breaks a tie between the states around a bare title by
// its holder's surname: of the states whose naming customs give the
// surname its ending (surname_origins.tsv), the one that the role's
// paragraph names as a state, if only one does.
func (a *analysis) surnameState(p *person, r *role) string {
	origins := a.lx.originStates(p.surname)
	if origins == nil || r.at >= len(a.d.toks) {
		return ""
	}
	para := a.d.paras[a.d.toks[r.at].para]
	found := ""
	for _, m := range a.places {
		if m.first < para.first || m.first >= para.lim || !m.state || !slices.Contains(origins, m.code) || a.nationalityOfPerson(m) {
			continue // "The company's director, a Croatian citizen,": a person's origin, no state of the story's
		}
		if found != "" && found != m.code {
			return ""
		}
		found = m.code
	}
	return found
}

// soleDomesticState is the state of a title only one state's press writes
// bare ("Chief Deputy District Attorney", "sheriff's Lt."), in a story that
// names no state and whose writing style shows none: local news.
func (a *analysis) soleDomesticState(r *role) string {
	for _, key := range []string{strings.Join(a.officeWords(r.title), " "), r.head} {
		if cs := a.lx.domestic[key]; len(cs) == 1 && cs[0] != r.notState && a.domesticTitle(r.title, r.head, cs[0], false) {
			return cs[0]
		}
	}
	if cs := a.lx.domestic[r.heldRank]; len(cs) == 1 && cs[0] != r.notState {
		return cs[0] // "Fort Hood spokesman Col. NAME" in a story that names no state
	}
	return ""
}

// ofAfterName returns the token after "of" (and "the") right after the
// name the role was found at, and whether "the" stood there; -1 without
// such an of-phrase.
func (a *analysis) ofAfterName(r *role) (int, bool) {
	toks := a.d.toks
	if r.at >= len(toks) || a.personAt[r.at] < 0 {
		return -1, false
	}
	k := a.mentions[a.personAt[r.at]].lim
	if k+1 >= len(toks) || toks[k].lower != "of" {
		return -1, false
	}
	if toks[k+1].lower == "the" && k+2 < len(toks) {
		return k + 2, true
	}
	return k + 1, false
}

// ofStateAfterName reads "President Ashraf Ghani of Afghanistan": a state
// in an of-phrase right after the name the role was found at.
func (a *analysis) ofStateAfterName(r *role) string {
	j, the := a.ofAfterName(r)
	if j < 0 {
		return ""
	}
	if m, ok := a.stateMentionAt(j); ok && !m.possessive {
		return m.code
	}
	// "Mayor Elena Brunner of Geneva": a place inside a state is the
	// office's as well, in a story set in another state; not a body named
	// after it ("captain NAME of the Cardiff Blues")
	if !the {
		return a.localPlaceState(j)
	}
	return ""
}

// ofBodyAfterName returns the body that is no state's in an of-phrase right
// after the name the role was found at: "Chief Marlene Joe of the
// Tsawwassen First Nation", "President NAME of the Canadian Medical
// Association"; "" for a state's body ("of the Interior Ministry") or any
// other phrase. The name's last word must be a head of such a body
// (member-body-head): a police "Unit" or a "Bureau" may be a state's.
func (a *analysis) ofBodyAfterName(r *role) string {
	toks := a.d.toks
	j, _ := a.ofAfterName(r)
	if j < 0 {
		return ""
	}
	e := a.capRunEnd(j)
	if e <= j {
		return ""
	}
	if state, ok := a.bodyName(j, e); ok && !state && memberBodyHeads.hasToken(&toks[e-1]) {
		return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
	}
	return ""
}

// armedGroupInTitle returns the name of an armed group the gazetteer
// does not hold after "for" or "of" in the title: a capitalised run whose
// last word heads a force (armed-group-head: "Forces", "Army", "Front")
// and in which no state is named, "spokesman for the Ambazonia Defence
// Forces"; "" for "the Cameroon Defence Forces", a state's.
func (a *analysis) armedGroupInTitle(r *role) string {
	toks := a.d.toks
	for k := r.titleLo; k+1 < r.titleHi && k < len(toks); k++ {
		if w := toks[k].lower; w != "for" && w != "of" {
			continue
		}
		j := k + 1
		if toks[j].lower == "the" {
			j++
		}
		return a.armedGroupNameAt(j, r.titleHi)
	}
	if r.rule == ruleRoleVerb && r.titleLo >= 0 && r.titleLo+1 < len(toks) && toks[r.titleLo+1].lower == "the" {
		return a.armedGroupNameAt(r.titleLo+2, len(toks)) // "NAME, who leads the National Resistance Front,"
	}
	return ""
}

// armedGroupNameAt returns the capitalised run from j, ending by lim, that
// names an armed group no gazetteer holds and no state owns (see
// armedGroupInTitle), or "".
func (a *analysis) armedGroupNameAt(j, lim int) string {
	toks := a.d.toks
	if j >= len(toks) {
		return ""
	}
	e := a.capRunEnd(j)
	if e <= j+1 || e > lim || !a.armedGroupHead(j, e) {
		return ""
	}
	for x := j; x < e; x++ {
		if pi := a.placeAt[x]; pi >= 0 && a.places[pi].state || a.gazetteerForce(x, j) {
			return ""
		}
	}
	return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
}

// armedGroupHead reports a capitalised run [j, e) that a force's word
// ends (armed-group-head: "Army", "Fighters"), or a council that a word
// of an armed group's name or "Military" qualifies: "the Sweida Military
// Council", "the Revolutionary Council"; not "the National Security
// Council".
func (a *analysis) armedGroupHead(j, e int) bool {
	toks := a.d.toks
	if armedGroupHeads.hasToken(&toks[e-1]) || armedGroupOpeners.hasToken(&toks[j]) {
		return true // "the Ambazonia Defence Forces", "Kataib Sayyid al-Shuhada"
	}
	if toks[e-1].lower != "council" || e-j < 2 {
		return false
	}
	w := &toks[e-2]
	return w.lower == "military" || rebelNameWords.hasToken(w)
}

// gazetteerForce reports a body of the gazetteer at token x of a force's
// name that opens at j and that the name is not merely a longer form of
// another armed group's: "the Oromo Liberation Army" is the gazetteer's;
// "the West Papua National Liberation Army" holds the name of Colombia's
// group and is another, "the Siwai Freedom Fighters" holds a party's.
// An agency's name keeps the state's: "the Chinese People's Liberation
// Army".
func (a *analysis) gazetteerForce(x, j int) bool {
	oi := a.orgAt[x]
	if oi < 0 {
		return false
	}
	o := a.orgs[oi]
	kind := a.lx.orgs[o.org].Kind
	return o.first <= j || kind != "armed" && kind != "party"
}

// acronymBody returns the body that an acronym in a title stands for when
// the story names it in full and it is no state's: "NFF president NAME"
// after "The Nigeria Football Federation". The initials of the name's
// capitalised words must spell the acronym; a state's body ("Kenya
// Defence Forces" for "KDF") is left to the state rules.
func (a *analysis) acronymBody(r *role) string {
	toks := a.d.toks
	for k := max(r.titleLo, 0); k < r.titleHi && k < len(toks); k++ {
		if t := toks[k]; t.kind == tWord && len(t.text) >= 2 && len(t.text) <= 6 && strings.ToUpper(t.text) == t.text &&
			a.orgAt[k] < 0 && a.placeAt[k] < 0 && a.roleKind(k) == 0 {
			if body := a.spelledBody(t.text, k); body != "" {
				return body
			}
			if body := a.bracketedBody(t.text, k); body != "" {
				return body // "the Tunisian Football Federation (FTF) ... The FTF president"
			}
			if a.introducedAcronym(t.text, k) {
				return t.text // "The union, SUTE, ... SUTE secretary general NAME"
			}
			if a.introducedGroup(t.text, k) {
				return t.text // "the 3R armed group ... a 3R commander, NAME"
			}
			if a.introducedParty(t.text, k) && !legislatorHeads.has(r.head) {
				return t.text // "Her own party, the MDB, ... MDB president NAME"; an MDB senator keeps the state
			}
			return ""
		}
	}
	return ""
}

// acronymForce reads an acronym in the title, or in the few words before
// it in its sentence, that the story spells out as a force's name: the
// state whose force it is ("The SSPDF spokesman, Major General NAME" after
// "the South Sudan People's Defence Forces (SSPDF)"), or the acronym as
// an armed group's name when the force is no state's ("An SLA commander"
// after "the Sudan Liberation Army (SLA)"); both "" otherwise.
func (a *analysis) acronymForce(r *role) (state, group string) {
	toks := a.d.toks
	if r.titleLo < 0 || r.titleLo >= len(toks) {
		return "", ""
	}
	lo := max(a.d.sents[toks[r.titleLo].sent].first, r.titleLo-4)
	for k := lo; k < r.titleHi && k < len(toks); k++ {
		if t := toks[k]; t.kind == tWord && acronymLike(t.text) && a.placeAt[k] < 0 && a.roleKind(k) == 0 {
			state, rebel := a.spelledForce(t.text, k)
			if rebel {
				return "", t.text
			}
			return state, ""
		}
	}
	return "", ""
}

// rebelNameWords in a force's name outside a state's name make it an
// armed group's, no state's (words_people.tsv rebel-name-word).
var rebelNameWords = wordList("rebel-name-word")

// spelledForce finds, before token before, a capitalised name whose
// words' initials spell acronym, that names a state and holds the word for
// a state's institution ("Forces", "Army", "Police"): that state, "the
// South Sudan People's Defence Forces (SSPDF)", "The Armed Forces of the
// Philippines (AFP)"; or rebel when a word of an armed group's name stands
// in it outside the state's name ("the Sudan Liberation Army (SLA)", "the
// Syrian Democratic Forces (SDF)").
func (a *analysis) spelledForce(acronym string, before int) (state string, rebel bool) {
	toks := a.d.toks
	for j := 0; j < before; j++ {
		if toks[j].text[0] != acronym[0] || !toks[j].cap || toks[j].kind != tWord || j > 0 && toks[j-1].cap && toks[j-1].kind == tWord && toks[j-1].lower != "the" {
			continue
		}
		var initials strings.Builder
		state, organ, rebel := "", false, false
		for x := j; x < before && initials.Len() < len(acronym); x++ {
			t := toks[x]
			if t.lower == "'s" || (t.lower == "of" || t.lower == "the") && x+1 < before && (toks[x+1].cap || toks[x+1].lower == "the") {
				continue // "People's", "Armed Forces of the Philippines"
			}
			if t.kind != tWord || !t.cap {
				break
			}
			initials.WriteByte(t.text[0])
			rebel = rebel || a.placeAt[x] < 0 && rebelNameWords.hasToken(&t)
			if m, ok := a.stateMentionAt(x); ok && state == "" {
				state = m.code
			}
			if bw, ok := a.lx.bodyWords[t.lower]; ok && bw.kind == "state" {
				organ = true
			}
			if initials.String() == acronym && state != "" && organ && (x+1 >= len(toks) || !toks[x+1].cap) {
				return state, rebel
			}
		}
	}
	return "", false
}

// introducedAcronym reports an acronym that the article, before token
// before, writes right after a lower-case noun for its members' own body,
// or after that noun and a comma: "the teachers' confederation CTERA",
// "The union, SUTE, is demanding", or after "known as" (knownAsAfterBody).
// A company's or a group's acronym may still be a state's.
func (a *analysis) introducedAcronym(acronym string, before int) bool {
	toks := a.d.toks
	for j := 1; j < before; j++ {
		if toks[j].text != acronym {
			continue
		}
		n := j - 1
		if toks[n].text == "," && n > 0 {
			n--
		}
		if w := toks[n]; !w.cap && w.kind == tWord && memberBodyHeads.hasToken(&w) && a.membersBody(n) {
			return true
		}
		if a.knownAsAfterBody(j) {
			return true
		}
	}
	return false
}

// knownAsAfterBody reports an acronym at j after "known as" and a comma
// that follow a lower-case noun of a body: "The committee, known as CONI,
// said". A state's body is written with its state or after "the": "the
// public accounts committee, known as the PAC".
func (a *analysis) knownAsAfterBody(j int) bool {
	toks := a.d.toks
	if j < 5 || toks[j-1].lower != "as" || toks[j-2].lower != "known" || toks[j-3].text != "," {
		return false
	}
	w := toks[j-4]
	return !w.cap && w.kind == tWord && a.lx.bodyWords[w.lower].kind == "body" && a.placeAt[j-5] < 0
}

// introducedParty reports an acronym that the article, before token
// before, writes as a party's: after "party," and "the" ("Her own party,
// the MDB, stood by her") or before a lower-case "party" ("the MDB
// party").
func (a *analysis) introducedParty(acronym string, before int) bool {
	toks := a.d.toks
	for j := 3; j < before; j++ {
		if toks[j].text != acronym {
			continue
		}
		if j+1 < len(toks) && !toks[j+1].cap && toks[j+1].lower == "party" {
			return true
		}
		if toks[j-1].lower == "the" && toks[j-2].text == "," && !toks[j-3].cap && toks[j-3].lower == "party" {
			return true
		}
	}
	return false
}

// spelledBody finds, before token before, a capitalised name whose words'
// initials spell acronym and that names its members' own body (a union, an
// association, a federation): a committee's, a bureau's or a university's
// name may be a state's ("MPC member", "TBI Director").
func (a *analysis) spelledBody(acronym string, before int) string {
	toks := a.d.toks
	for j := 0; j < before; j++ {
		if !toks[j].cap || toks[j].kind != tWord || toks[j].lower == "the" ||
			j > 0 && toks[j-1].cap && toks[j-1].kind == tWord && toks[j-1].lower != "the" {
			continue
		}
		e := a.capRunEnd(j)
		var initials strings.Builder
		for x := j; x < e; x++ {
			if toks[x].cap {
				initials.WriteByte(toks[x].text[0])
			}
		}
		if initials.String() != acronym {
			continue
		}
		if state, ok := a.bodyName(j, e); ok && !state && a.membersBody(a.bodyHead(j, e)) {
			return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
		}
	}
	return ""
}

// armedGroupHeads end the name of a force.
var armedGroupHeads = wordList("armed-group-head")

// memberBodyHeads end the name of a body that is no state's.
var memberBodyHeads = wordList("member-body-head")

// privateTitle reports a role of companies and private bodies: the title
// less qualifiers ends with a role listed as private ("chief executive").
func (a *analysis) privateTitle(title string) bool {
	t := strings.ToLower(title)
	for _, c := range []string{" of ", " for ", " at ", " with "} {
		t, _, _ = strings.Cut(t, c) // "chief executive of Yahoo"
	}
	return a.privateHead(t) || a.jointPrivateTitle(t)
}

// privateHead reports a lower-case title t that is a private head or ends
// in one.
func (a *analysis) privateHead(t string) bool {
	// t is a private head, or ends in one after a space or a hyphen
	// ("ex-chief financial officer", "co-chief executive"): each word's
	// suffix looked up, rather than each head compared (and concatenated);
	// the longest listed ending decides: "special counsel" (public) is
	// a state's prosecutor, "legal counsel" (private's "counsel") a firm's
	for i := -1; i < len(t); i++ {
		if i >= 0 && t[i] != ' ' && t[i] != '-' {
			continue
		}
		if w := t[i+1:]; w != "" && a.lx.publicRoles.holds(w, shapeBit(w)) {
			return false
		}
		if a.lx.private[t[i+1:]] && (i < 0 || a.lx.roles[t[i+1:]] != rRank) {
			return true // a private rank is one alone: "Atty", not "Press Officer Atty"
		}
	}
	return false
}

// localBodies own a company-style office that is a local public one.
var localBodies = wordList("local-body")

// partyOffices are heads of a party's own offices, no state's.
var partyOffices = wordList("party-office")

// partyOffice reports a party's role that is one of the party's own
// offices ("ODM county chairman", "Lib Dem home affairs spokesman"), not
// an office of a state body that a party member holds ("Republican
// Secretary of State", "the constitutional affairs committee chairman").
func (a *analysis) partyOffice(r *role) bool {
	owned := a.partyPossessive(r) || a.partyNameOpensTitle(r) || a.partyOfOwnsTitle(r)
	if head := partyOfficeHead(a.lowerFields(r.title), r.head); !partyOffices.has(head) && !(partyOwnedOffices.has(head) && owned) {
		return false // "Republican President NAME" is the state's; "The BJP's president, NAME," the party's
	}
	if r.owner >= 0 && r.owner < len(a.d.toks) && a.otherBodyWord(a.d.toks[r.owner].lower) {
		return false // "The committee's chair, NAME, the Labour MP": the committee's
	}
	part := false
	for _, w := range a.lowerFields(r.title) {
		if part && w == "in" {
			break // "the Rally's group leader in the National Assembly": the party's group, where it sits
		}
		if partyParts.has(w) || owned && !connectors.has(w) && !chamberWords.has(w) && !chamberBodies.has(w) {
			part = part || partyParts.has(w)
			continue // "parliamentary group leader", "Tamil Nadu unit president", "Labour's local government spokesperson": the party's
		}
		if connectors.has(w) || a.otherBodyWord(w) || chamberWords.has(w) {
			return false // "committee chairman": the committee's; "House Majority Leader": the House's
		}
	}
	return true
}

// partyParts are a party's own parts, which leave an office in them the
// party's: "parliamentary group leader", "state unit president"
// (words_people.tsv party-part).
var partyParts = wordList("party-part")

// partyOwnedOffices are the party's own offices when the party owns the
// title through "'s" ("The SPD's president"), and a state's elsewhere
// ("Republican President NAME") (words_people.tsv party-owned-office).
var partyOwnedOffices = wordList("party-owned-office")

// partyNounOwns reports a title owned through "'s" by a lower-case
// "party": "the party's floor leader", "The ruling party's leader"; or one
// that opens with "party" itself: "The party spokesman, NAME,", "Party
// chairman NAME".
func (a *analysis) partyNounOwns(r *role) bool {
	if ws := a.officeWords(r.title); len(ws) > 1 && ws[0] == "party" {
		return true
	}
	toks := a.d.toks
	o := r.owner
	if o < 0 && r.titleLo >= 2 && r.titleLo < len(toks) && toks[r.titleLo-1].lower == "'s" {
		o = r.titleLo - 2
	}
	return o >= 0 && o < len(toks) && !toks[o].cap && toks[o].lower == "party"
}

// whoseParty returns the party that "whose" right before a title stands
// for, and reports whether one does: a party of the gazetteer, or a
// lower-case "party" ending the phrase before ", whose". The name is the
// capitalised run before "party", past a state's adjective that only
// says where the party is ("The Brazilian Progressistas party, whose
// vice-president NAME"); "" when the phrase names none ("The ruling
// party, whose chairman NAME").
func (a *analysis) whoseParty(r *role) (string, bool) {
	toks := a.d.toks
	k := r.titleLo - 3
	if k < 1 || r.titleLo >= len(toks) || toks[k+2].lower != "whose" || toks[k+1].text != "," {
		return "", false
	}
	if o, ok := a.orgAtTok(k); ok && a.lx.orgs[o.org].Kind == "party" {
		return a.lx.orgs[o.org].Name, true
	}
	if toks[k].cap || toks[k].lower != "party" {
		return "", false
	}
	lo := k
	for lo > 0 && toks[lo-1].kind == tWord && toks[lo-1].cap && a.placeAt[lo-1] < 0 && a.personAt[lo-1] < 0 && !toks[lo-1].sentStart {
		lo--
	}
	if lo == k {
		return "", true
	}
	return stripInvisible(a.d.text[toks[lo].start:toks[k-1].end]), true
}

// partyPossessive reports a title right after a party's name and "'s":
// "The BJP's Tamil Nadu unit president", or after "the party's".
func (a *analysis) partyPossessive(r *role) bool {
	k := r.titleLo - 1
	if k < 1 || k >= len(a.d.toks) || a.d.toks[k].lower != "'s" {
		return false
	}
	if t := &a.d.toks[k-1]; !t.cap && t.lower == "party" {
		return true // "The party's president, NAME," after the party is named
	}
	o, ok := a.orgAtTok(k - 1)
	return ok && a.lx.orgs[o.org].Kind == "party"
}

// chamberWords make a party office's title an office of a legislature.
var chamberWords = wordList("chamber-word")

// otherBodyWord reports a word for a state's institution or a body other
// than a party: "committee", "council", "union".
func (a *analysis) otherBodyWord(w string) bool {
	b, ok := a.lx.bodyWords[w]
	return ok && (b.kind == "state" || b.kind == "body") && w != "party" && w != "bloc"
}

// localBodyOwns reports a company-style title that a local public body
// holds: "the council's chief executive", "chief executive of Bristol City
// Council". Its state is then found like any other office's.
func (a *analysis) localBodyOwns(r *role) bool {
	if r.owner >= 0 && r.owner < len(a.d.toks) && localBodies.hasToken(&a.d.toks[r.owner]) || a.localBodyAfterTitle(r) {
		return true
	}
	_, of, ok := strings.Cut(strings.ToLower(r.title), " of ")
	if !ok {
		return false
	}
	ws := strings.Fields(of)
	return len(ws) > 1 && localBodies.has(ws[len(ws)-1])
}

// boundDist is how many tokens may stand between a state and a title it
// qualifies: "In Kenya, President ...".
const boundDist = 3

// partyState is the state of a party's office: the gazetteer's, unless the
// article never names that state but names others ("Labour leader" in a
// story from New Zealand is no British office): then the most named one.
// The press's own parties need no naming: its style tells their state.
func (a *analysis) partyState(state string) string {
	if a.styleCountry() == state {
		return state // British copy about a visit to Jordan: Labour is still British
	}
	count := map[string]int{}
	best := ""
	for _, m := range a.places {
		if !m.state && m.kind != sPlace {
			continue
		}
		if m.code == state {
			return state
		}
		count[m.code]++
		if best == "" || count[m.code] > count[best] {
			best = m.code
		}
	}
	if best == "" {
		return state
	}
	return best
}

// inPressState reports a story that may be told from the state of its
// press: it names that state or none at all. A story from Papua New
// Guinea that never names the US has no American "President" in it.
func (a *analysis) inPressState(state string) bool {
	return a.namesState(state) || !a.namesAnyState()
}

// bodyOfHomeState is the state the article is most about for a title
// qualified after it by a body ("President of the Autonomous Bougainville
// Government"), even where that state's government has no such office:
// the body is within the state. A state the role serves in is not its own.
func (a *analysis) bodyOfHomeState(r *role) string {
	toks := a.d.toks
	home := a.homeRanking()
	if !a.qualifiedAfter(r) || toks[r.titleHi].lower != "of" || len(home) == 0 || home[0] == r.notState {
		return ""
	}
	return home[0]
}

// qualifiedAfter reports a title that the text qualifies after it with
// "of" or "in" and a name or "the": "The President of the Autonomous
// Bougainville Government,", "The agency's representative in Ghana,". The
// title left out of the role is still no bare one its press writes.
func (a *analysis) qualifiedAfter(r *role) bool {
	toks := a.d.toks
	k := r.titleHi
	if r.titleLo < 0 || k+1 >= len(toks) || toks[k].para != toks[k+1].para {
		return false
	}
	if w := toks[k].lower; w != "of" && w != "in" {
		return false
	}
	return toks[k+1].cap || toks[k+1].lower == "the"
}

// domesticTitle reports a title the press of state writes without naming
// the state: the title less qualifiers ("former President"), else its role
// noun ("Defense Secretary": "secretary"), is listed; in a story datelined
// abroad only titles listed as such ("President") count.
func (a *analysis) domesticTitle(title, head, state string, abroad bool) bool {
	for _, w := range a.lowerFields(title) {
		if connectors.has(w) {
			return false // "president of the Federal Academy": the body's, not the press's
		}
	}
	for _, key := range []string{strings.Join(a.officeWords(title), " "), head} {
		if abroad && !a.lx.abroad[key] {
			continue
		}
		for _, c := range a.lx.domestic[key] {
			if c == state {
				return true
			}
		}
	}
	return false
}

// titleStates marks the state mentions written inside someone's title with
// the office they fill, so that "Russian" in "Russian President Vladimir
// Putin" is not taken as the country of "President Obama" later on.
func (a *analysis) titleStates() map[int]string {
	used := map[int]string{}
	for _, p := range a.people {
		for _, r := range p.roles {
			if !r.explicit {
				continue
			}
			for k := max(0, r.titleLo-4); k < r.titleHi+6 && k < len(a.placeAt); k++ {
				if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].code == r.country {
					used[int(a.placeAt[k])] = r.head
				}
			}
		}
	}
	// "Palestinian Authority President Mahmoud Abbas": a state in the name
	// of a body in someone's title belongs to that body, not to the offices
	// named near it
	for _, p := range a.people {
		for _, r := range p.roles {
			for k := max(0, r.titleLo-4); k < r.titleHi && k < len(a.placeAt); k++ {
				if a.placeAt[k] >= 0 && a.orgAt[k] >= 0 && a.orgs[a.orgAt[k]].lim >= r.titleLo {
					used[int(a.placeAt[k])] = bodyBound
				}
			}
		}
	}
	return used
}

// bodyBound marks in titleStates a state bound to a body of a title.
const bodyBound = "\x00body"

// contextCountry finds the state a role without one belongs to: the
// nearest state mention before its title in its sentence, at most maxDist
// tokens away, or an adjective or possessive after the name that qualifies
// a body ("..., the Swedish Prosecution Authority said"); a state already
// holding the same office in a title is skipped. After "its" or "their" the
// title belongs to the last state named, however far.
func (a *analysis) contextCountry(r *role, used map[int]string, maxDist int) string {
	toks := a.d.toks
	if r.at >= len(toks) {
		return ""
	}
	sent := a.d.sents[toks[r.at].sent]
	from := sent.first
	if lo := a.ownedRankLo(r); a.ownedByState(lo) {
		maxDist = 1 << 30
		if s := toks[r.at].sent; s > 0 {
			from = a.d.sents[s-1].first
			if lo-1 == sent.first { // "Its spokesman" opens the sentence
				if c := a.subjectOwnerState(int(s) - 1); c != "" {
					return c // "Ukraine's intelligence agency said Russia had ... Its spokesman"
				}
				if c := a.openingSubjectState(int(s) - 1); c != "" {
					return c // "Slovenia, which ... with Croatia, has offered help. Its foreign minister"
				}
			}
		}
	}
	best, bestDist := "", 1<<30
	// places are in text order: visit only those of the sentences looked at
	lo := sort.Search(len(a.places), func(pi int) bool { return a.places[pi].first >= from })
	for pi := lo; pi < len(a.places) && a.places[pi].first < sent.lim; pi++ {
		m := a.places[pi]
		scene := m.first > r.at && a.speechScene(m, r.at)
		bound := scene || m.first < r.at && (a.placeIntro(m, r.titleLo) || a.whereIntro(m, r.titleLo))
		// "In Rome, Prime Minister ...", "visited Paris, where he met
		// President ...": a capital that only names a place still binds a
		// title that follows it as the scene
		capital := m.kind == sCapital && !m.state && bound && maxDist == boundDist
		// "In Florida, the mayor of Miami-Dade County, NAME,": a place
		// inside one state that opens the sentence as its scene binds too
		framed := m.kind == sPlace && !m.state && m.code != "" && !m.ambiguous && len(m.altCodes) == 0 && m.first < r.at && a.placeIntro(m, r.titleLo) && maxDist == boundDist
		capital = capital || framed
		if !m.state && !capital || used[pi] == r.head || used[pi] == bodyBound {
			continue
		}
		if a.speaksOfOther(pi, r, sent.first) {
			continue
		}
		d := r.titleLo - m.lim
		if m.first >= r.at {
			if !scene && !(a.qualifiesBody(m) && !a.inOtherClause(r.at, m.first)) && !a.givenByHolder(m, r.at) && !a.holderSide(m, r.at) {
				continue
			}
			d = 3 * (m.first - r.at)
		} else if d > maxDist && !bound || maxDist == boundDist && !bound || a.topicMention(m) {
			continue
		}
		if d >= 0 && d < bestDist {
			best, bestDist = m.code, d
		}
	}
	return best
}

// speaksOfOther reports a state mention, place pi in the sentence opening
// at token sentFirst, that speaks of something other than the office of
// role r: the topic of quoted words, a person's or goods' origin, the
// other side of talks. contextCountry passes over it.
func (a *analysis) speaksOfOther(pi int, r *role, sentFirst int) bool {
	m := a.places[pi]
	// "\"... opportunities in Russia,\" said ONGC chairman NAME": a state
	// in the quoted words is the speaker's topic, not the office's, but
	// for "the Chadian people", the speaker's own. The scan up to the
	// state, shorter than the one up to the title and most often
	// false, is asked first.
	if m.first < r.titleLo && a.withinMarks(sentFirst, m.first) && !a.withinMarks(sentFirst, r.titleLo) && !a.ownPeopleAt(m) {
		return true
	}
	// "a 37-year-old Algerian national": a state that describes a person
	// says nothing of an office
	if a.nationalityOfPerson(m) {
		return true
	}
	// "most of them from Sudan, Guinea and Ivory Coast, spokesman
	// NAME said": where people come from, several states at once
	if m.first < r.titleLo && (a.inOriginList(pi) || a.personOrigin(pi)) {
		return true
	}
	// "replaced the Kenyan-led support mission. Its commander, NAME": a
	// state that leads a body is not the owner of an office in it
	if a.leadsBody(m) {
		return true
	}
	// "$18 billion worth of American steel": a state that describes
	// goods says nothing of an office either
	if m.kind == sAdjective && m.first < r.titleLo && a.describesThing(m.lim) {
		return true
	}
	// "After talks with Australian officials, Finance Minister NAME":
	// the other side of the talks, not the minister's state
	if m.first < r.titleLo && a.partnerBefore(m, r.titleLo) {
		return true
	}
	return false
}

// leadsBody reports a state's adjective joined to "-led": "the
// Kenyan-led support mission" names the state that leads a body, neither
// the owner of an office nor a rival antecedent of "its".
func (a *analysis) leadsBody(m placeMention) bool {
	toks := a.d.toks
	if m.kind != sAdjective || m.lim >= len(toks) {
		return false
	}
	if strings.HasSuffix(toks[m.lim-1].lower, "-led") || toks[m.lim].lower == "-led" {
		return true
	}
	return m.lim+1 < len(toks) && (toks[m.lim].text == "-" || toks[m.lim].text == "\u2013") && !toks[m.lim].spaceBefore && toks[m.lim+1].lower == "led"
}

// inOriginList reports place pi inside a list of two or more states
// after "from": "migrants from Sudan, Guinea and Ivory Coast" says where
// people come from, not whose office a title near it is.
func (a *analysis) inOriginList(pi int) bool {
	toks := a.d.toks
	lo, hi, n := pi, pi, 1
	for lo > 0 && a.listedStates(lo-1, lo) {
		lo, n = lo-1, n+1
	}
	for hi+1 < len(a.places) && a.listedStates(hi, hi+1) {
		hi, n = hi+1, n+1
	}
	f := a.places[lo].first
	return n >= 2 && f > 0 && toks[f-1].lower == "from"
}

// listedStates reports places pi and pj, one after the other, both states
// and joined by a comma or "and" (perhaps both) alone.
func (a *analysis) listedStates(pi, pj int) bool {
	toks := a.d.toks
	p, q := a.places[pi], a.places[pj]
	if !p.state || !q.state || p.kind == sAdjective || q.kind == sAdjective || q.first <= p.lim || q.first > p.lim+2 {
		return false
	}
	for k := p.lim; k < q.first; k++ {
		if toks[k].text != "," && toks[k].lower != "and" {
			return false
		}
	}
	return true
}

// openingPlace returns the place that opens sentence s, past a leading
// "the": the subject subjectOwnerState and openingSubjectState read.
func (a *analysis) openingPlace(s int) (placeMention, bool) {
	first := a.d.sents[s].first
	if a.d.toks[first].lower == "the" {
		first++
	}
	return a.placeStartingAt(first)
}

// subjectOwnerState returns the state whose possessive or adjective opens
// sentence s before a lower-case noun, the owner of its subject
// ("Ukraine's military intelligence agency said ...", "The Thai army
// said ..."), or "".
func (a *analysis) subjectOwnerState(s int) string {
	toks := a.d.toks
	m, ok := a.openingPlace(s)
	if !ok {
		return ""
	}
	n := m.lim
	if n < len(toks) && toks[n].lower == "'s" {
		n++
	}
	if !m.state || !m.possessive && m.kind != sAdjective || n >= len(toks) || toks[n].cap || toks[n].kind != tWord {
		return ""
	}
	return m.code
}

// openingSubjectState returns the state whose name opens sentence s as the
// subject of the state's act: "Ghana has asked Togo ...", "Portugal on
// Tuesday recalled ...", "Kenya, whose troops ...", "Chile, which disputes
// the border with Peru, sent ...", "Finland tightened ...". "Its" in the next sentence is that
// state's, not the last state named in the aside. A name in a list
// ("Brazil and Argentina signed"), before a noun ("Ukraine war talks") or
// with a copula after its aside ("Doha, which ..., is a city") is none.
func (a *analysis) openingSubjectState(s int) string {
	toks := a.d.toks
	sent := a.d.sents[s]
	m, ok := a.openingPlace(s)
	if !ok || !m.state || m.possessive || m.kind != sName && m.kind != sAlias {
		return ""
	}
	n := m.lim
	if n+1 < sent.lim && toks[n].lower == "on" && toks[n+1].cap && a.placeAt[n+1] < 0 {
		n += 2 // "Portugal on Tuesday recalled"
	}
	if n+1 < sent.lim && toks[n].text == "," {
		switch toks[n+1].lower {
		case "whose":
			return m.code
		case "which", "who":
			// the aside runs to the next comma; the state's act follows it
			for n += 2; n < sent.lim && toks[n].text != "," && toks[n].kind != tQuote; n++ {
			}
			n++
		default:
			return ""
		}
	}
	for n < sent.lim && agentAdverbs.hasToken(&toks[n]) {
		n++ // "Norway, which ..., also pledged"
	}
	if n >= sent.lim || toks[n].cap || placeCopulas.hasToken(&toks[n]) {
		return ""
	}
	// a past tense in "-ed" is the state's act too ("Finland tightened")
	if w := toks[n].lower; agentWords.has(w) || a.lx.speech[w] != "" || toks[n].kind == tWord && len(w) > 4 && strings.HasSuffix(w, "ed") {
		return m.code
	}
	return ""
}

// ownPeopleAt reports a state's adjective before a noun for its people or
// government ("the will of the Chadian people", "the Italian government"),
// which a speaker's quoted words name as their own.
func (a *analysis) ownPeopleAt(m placeMention) bool {
	toks := a.d.toks
	if m.kind != sAdjective || m.lim >= len(toks) {
		return false
	}
	w := toks[m.lim].lower
	return humanNouns.has(w) || bodyNouns.has(w)
}

// courtState returns the state of the place where a judge's court sits,
// written before the judge or in the judge's sentence: "the Central
// Criminal Court in Dublin", "a court in Nairobi", "Dublin's Central
// Criminal Court". The nearest such court to the title wins.
func (a *analysis) courtState(r *role) string {
	toks := a.d.toks
	if !judicialHeads.has(r.head) || r.at >= len(toks) {
		return ""
	}
	best, bestDist := "", 1<<30
	for j := 0; j < a.d.sents[toks[r.at].sent].lim; j++ {
		if !courtWords.hasToken(&toks[j]) {
			continue
		}
		if c, at := a.courtPlace(j); c != "" && max(at-r.at, r.at-at) < bestDist {
			best, bestDist = c, max(at-r.at, r.at-at)
		}
	}
	return best
}

// courtPlace returns the state of the place a court word at j names:
// "court in Dublin" after it, or "Dublin's ... Court" before it.
func (a *analysis) courtPlace(j int) (string, int) {
	toks := a.d.toks
	if j+2 < len(toks) && toks[j+1].lower == "in" {
		if c, ok := a.placeCodeAt(j + 2); ok {
			return c, j + 2
		}
	}
	for k := j - 1; k >= 0 && k >= j-5 && toks[k].kind == tWord; k-- {
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].possessive {
			return a.places[pi].code, k
		}
	}
	return "", 0
}

// requesterState reads a title after "at the request of" (request
// nouns, words_people.tsv): one state asks another to act, so the state
// acting in the sentence is not the title's; the state the story is most
// about after it, with the office, is.
func (a *analysis) requesterState(r *role, used map[int]string, lacks func(string) bool) string {
	toks := a.d.toks
	k := r.titleLo - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "of" || !requestNouns.hasToken(&toks[k-1]) {
		return ""
	}
	acting := a.contextCountry(r, used, 1<<30)
	if c := a.requestDestination(k, lacks); c != "" && c != r.notState {
		return c // "sent soldiers to Chad ..., at the request of President NAME"
	}
	if acting == "" {
		return ""
	}
	for _, c := range a.homeRanking() {
		if c != acting && c != r.notState && !lacks(c) {
			return c
		}
	}
	return ""
}

// requestNouns ask another to act: "at the request of", "at the
// invitation of".
var requestNouns = wordList("request")

// partyWordState reads a capitalised word of the title that opens the
// names of parties ("Conservative Leader", "Liberal MP"): of the states
// with such a party, the one the story names most. Nothing when the story
// names none of them.
func (a *analysis) partyWordState(r *role) string {
	toks := a.d.toks
	for k := max(0, r.titleLo); k < r.titleHi && k < len(toks); k++ {
		t := &toks[k]
		if connectors.hasToken(t) {
			return "" // "head of the Federal Labour Agency": a body's name
		}
		states := a.lx.partyWords[t.lower]
		if !t.cap || len(states) == 0 || a.roleKind(k) == rHead {
			continue
		}
		for _, c := range a.homeRanking() {
			if slices.Contains(states, c) && !a.portfolioWordAt(k, c) {
				return c
			}
		}
	}
	return ""
}

// judicialHeads are role heads of a court's judge.
var judicialHeads = wordList("judicial")

// courtWords are the nouns of a court, as "in PLACE" follows them.
var courtWords = wordList("court")

// describedState returns the state of a description of the role's office
// in a sentence that names the person elsewhere: "Netanyahu's victory keeps
// in place an Israeli prime minister who ..." gives "Prime Minister
// Netanyahu" Israel. The description names no one itself: "the Israeli
// prime minister, Isaac Herzog" is another person's title.
func (a *analysis) describedState(p *person, r *role) string {
	toks := a.d.toks
	head := a.officeWords(r.title)
	if len(head) == 0 {
		return ""
	}
	for _, mi := range p.mentionIdx {
		s := a.d.sents[toks[a.mentions[mi].first].sent]
		for k := s.first; k+len(head) < s.lim; k++ {
			c, ok := a.stateAt(k)
			if !ok || a.places[a.placeAt[k]].lim != k+1 && !a.places[a.placeAt[k]].possessive {
				continue
			}
			j := a.places[a.placeAt[k]].lim
			if j < s.lim && toks[j].lower == "'s" {
				j++
			}
			if a.wordsAt(j, head) && !a.nameFollows(j+len(head), s.lim) {
				return c
			}
		}
	}
	return ""
}

// nameFollows reports a name at token k, or after a comma there: the
// title before it is that person's ("the Danish prime minister, Lars
// Brun").
func (a *analysis) nameFollows(k, lim int) bool {
	toks := a.d.toks
	if k < lim && toks[k].text == "," {
		k++
	}
	return k < lim && (a.personAt[k] >= 0 || toks[k].kind == tWord && toks[k].cap)
}

// wordsAt reports the lower-case words ws at token k.
func (a *analysis) wordsAt(k int, ws []string) bool {
	toks := a.d.toks
	if k+len(ws) > len(toks) {
		return false
	}
	for i, w := range ws {
		if toks[k+i].lower != w {
			return false
		}
	}
	return true
}

// placeInTitle returns the state of a place inside a state written in the
// title itself: "Vermont Sen.", "Bavarian Interior Minister".
func (a *analysis) placeInTitle(r *role) string {
	for k := max(0, r.titleLo); k < r.titleHi && k < len(a.placeAt); k++ {
		// "Local MP Florence Eshalomi": a place that is a name's word is none
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].kind == sPlace && !a.places[a.placeAt[k]].nameWord {
			return a.places[a.placeAt[k]].code
		}
	}
	return ""
}

// previousSentenceState returns the state that acts in the sentence before
// the role's, in its paragraph: "Israeli leaders who defied Washington paid
// a price. In 1991, when Prime Minister Yitzhak Shamir ..." A state that is
// a subject or an adjective counts, the first one first; places after
// prepositions and topics do not.
func (a *analysis) previousSentenceState(r *role, used map[int]string) string {
	toks := a.d.toks
	if r.at >= len(toks) {
		return ""
	}
	s := toks[r.at].sent
	if s == 0 {
		return ""
	}
	prev := a.d.sents[s-1]
	if toks[prev.first].para != toks[r.at].para {
		return ""
	}
	commandHead := a.ownCommandBefore(r)
	bareForce := a.bareForceOwner(r)
	lo := sort.Search(len(a.places), func(pi int) bool { return a.places[pi].first >= prev.first })
	for pi := lo; pi < len(a.places) && a.places[pi].first < prev.lim; pi++ {
		m := a.places[pi]
		if !m.state || used[pi] == r.head || used[pi] == bodyBound || a.topicMention(m) || !a.subjectLike(m, prev.first) && m.kind != sAdjective {
			continue
		}
		// "Cuban Americans" are Americans
		if c, ok := a.stateAt(m.lim); ok && c != m.code {
			continue
		}
		if m.kind == sAdjective && commandHead && a.forceNounAt(m.lim) {
			continue // "Russian forces held drills. The chief of the Northern Fleet Command, Vice Admiral NAME,": the command's
		}
		if bareForce && !a.forceOfStateAt(m) {
			continue // "Russia's Africa Corps has 2,500 men in Mali. The army's chief spokesman, NAME,": Mali's army
		}
		if a.asideFromDatelineHome(r, m, prev.first) {
			continue // "PORT LOUIS - ... Agalega, where New Delhi has built an airstrip. Foreign Minister NAME": Mauritius's
		}
		if a.withinMarks(prev.first, m.first) {
			continue // "\"America will receive a response,\" Khamenei said": his words
		}
		return m.code // the subject comes first
	}
	return ""
}

// ownCommandBefore reports a title whose apposition before it names the
// body its holder heads: "the head of the Joint Arctic Command, Major
// General NAME" (a role noun, "of the", a capitalised name, a comma). A
// state's force in another sentence is then no evidence of whose officer
// this is.
func (a *analysis) ownCommandBefore(r *role) bool {
	toks := a.d.toks
	k := r.titleLo - 1
	if k < 4 || k >= len(toks) || toks[k].text != "," {
		return false
	}
	j := k - 1
	for j > 0 && toks[j].cap && toks[j].kind == tWord && a.placeAt[j] < 0 {
		j--
	}
	return j < k-1 && j >= 2 && toks[j].lower == "the" && toks[j-1].lower == "of" && a.roleKind(j-2) != 0 && !toks[j-2].cap
}

// stateForceNouns name a state's armed force after its adjective
// (words_troops.tsv force-noun): "Russian forces", "the Swedish army".
var stateForceNouns = wordList("force-noun")

// forceNounAt reports a force's noun at k, past "armed": "armed forces".
func (a *analysis) forceNounAt(k int) bool {
	toks := a.d.toks
	if k < len(toks) && toks[k].lower == "armed" {
		k++
	}
	return k < len(toks) && stateForceNouns.hasToken(&toks[k])
}

// reportedModals follow a state that is the subject of reported speech:
// "said Addis Ababa would not", "said Chad will".
var reportedModals = closedSet("would", "will", "could", "can", "cannot", "must", "should", "had", "has", "was", "is")

// spokenForState returns the state a government's spokesman speaks for
// when the name is followed by "said" and that state, by name or capital,
// as the subject of what was said: "The government spokesman, NAME, said
// Addis Ababa would not accept" is Ethiopia's whatever the dateline. Other
// roles ("the minister said Chad would") may speak about another state.
func (a *analysis) spokenForState(r *role) string {
	toks := a.d.toks
	if !a.lx.roleTags[r.head+"/speaker"] || !a.hasWord(r.titleLo, r.titleHi, "government") {
		return ""
	}
	for k := r.at; k < len(toks) && k < r.at+8 && toks[k].sent == toks[r.at].sent; k++ {
		if toks[k].lower != "said" && toks[k].lower != "says" {
			continue
		}
		m, ok := a.stateMentionAt(k + 1)
		if !ok || m.first != k+1 || m.kind == sAdjective || m.possessive || m.lim >= len(toks) || !reportedModals.hasToken(&toks[m.lim]) {
			return ""
		}
		return m.code
	}
	return ""
}

// reportedSubjectState returns the state that opens, as its subject, the
// sentence whose report a title before a name closes: "Australia will send
// a frigate to the Gulf, Defence Minister NAME has announced." The
// minister speaks for the state the sentence is about, whatever state the
// press writes bare titles for. "" for any other sentence.
func (a *analysis) reportedSubjectState(r *role) string {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.titleLo < 1 || r.at >= len(toks) || toks[r.titleLo-1].text != "," || a.personAt[r.at] < 0 {
		return ""
	}
	lim := a.mentions[a.personAt[r.at]].lim
	if lim < len(toks) && (toks[lim].lower == "has" || toks[lim].lower == "had" || a.appositionCloses(r, lim)) {
		lim++ // "..., a spokeswoman, Lieutenant Commander NAME, said"
	}
	if lim >= len(toks) || !a.peopleClass(lim, pcSpeech) {
		return ""
	}
	first := a.subjectStart(r.at)
	m, ok := a.placeStartingAt(first)
	if !ok || !m.state || !a.subjectLike(m, first) || a.withinMarks(first, m.first) {
		return ""
	}
	return m.code
}

// unknownSeatState returns, for a governor's or a mayor's title whose
// place the gazetteer lacks ("the mayor of Krnov", "governor of
// Gagauzia"), the state of the last state or place inside one named
// before the role in its paragraph or the two before: in a story about
// several states, the town lies where the story last was. "" otherwise.
func (a *analysis) unknownSeatState(r *role) string {
	toks := a.d.toks
	if !territorialHeads.has(r.head) || r.titleHi > len(toks) {
		return ""
	}
	seat := false
	for k := r.titleLo; k+1 < r.titleHi; k++ {
		if toks[k].lower == "of" && toks[k+1].cap && a.placeAt[k+1] < 0 && a.orgAt[k+1] < 0 {
			seat = true
		}
	}
	if !seat {
		return ""
	}
	from := min(r.at, r.titleLo)
	para := int(toks[from].para)
	// "the Lebanese town of Hermel ... in Hermel": a town the text placed
	town, townState := a.describedTownBefore(from, para-2)
	for pi := len(a.places) - 1; pi >= 0; pi-- {
		m := &a.places[pi]
		if m.first >= from || m.code == "" || m.ambiguous || !m.state && m.kind != sPlace {
			continue
		}
		if m.first < town {
			return townState
		}
		if int(toks[m.first].para) < para-2 {
			return ""
		}
		return m.code
	}
	return townState
}

// governedPlaceBefore returns, for a bare governor's or mayor's title
// ("The regional governor", "the mayor"), the state of the last place
// inside a state named in the sentence before, in the same paragraph:
// the place the office governs.
func (a *analysis) governedPlaceBefore(r *role) string {
	toks := a.d.toks
	if r.head != "governor" && r.head != "mayor" || r.at >= len(toks) || len(strings.Fields(r.title)) > 2 {
		return ""
	}
	s := toks[r.at].sent
	if s == 0 || toks[a.d.sents[s-1].first].para != toks[r.at].para {
		return ""
	}
	prev := a.d.sents[s-1]
	code := ""
	for j := prev.first; j < prev.lim; j++ {
		if c := a.localPlaceState(j); c != "" {
			code = c
		}
	}
	return code
}

// ministryState returns the state of the ministry a bare minister's title
// heads, named in the two paragraphs before it with its state: "the
// defence ministry in Rome said ... Defence Minister NAME said", "Italy's
// defence ministry". The nearest such ministry wins; "" when none.
func (a *analysis) ministryState(r *role) string {
	toks := a.d.toks
	if r.head != "minister" || r.titleLo >= len(toks) {
		return "" // most roles: no need to split the title
	}
	words := a.lowerFields(r.title)
	if len(words) != 2 || words[1] != "minister" {
		return ""
	}
	para := toks[r.titleLo].para
	for k := r.titleLo - 1; k > 0 && para-toks[k].para <= 2; k-- {
		if toks[k].lower != "ministry" || toks[k-1].lower != words[0] {
			continue
		}
		if c := a.ministryOwner(k - 1); c != "" {
			return c
		}
	}
	return ""
}

// ministryOwner returns the state written with a ministry whose portfolio
// word is at p: a state's adjective or possessive before it ("the Italian
// defence ministry", "Italy's defence ministry") or a capital after "in"
// ("the defence ministry in Rome"), else "".
func (a *analysis) ministryOwner(p int) string {
	toks := a.d.toks
	j := p - 1
	if j >= 0 && toks[j].lower == "'s" {
		j--
	}
	if j >= 0 && a.placeAt[j] >= 0 {
		if m := a.places[a.placeAt[j]]; m.state {
			return m.code // "Italy's defence ministry", "the Italian defence ministry"
		}
	}
	if k := p + 2; k+1 < len(toks) && toks[k].lower == "in" && a.placeAt[k+1] >= 0 {
		if m := a.places[a.placeAt[k+1]]; m.kind == sCapital && !m.ambiguous {
			return m.code
		}
	}
	return ""
}

// withinMarks reports token k inside quotation marks opened since token
// first (of its sentence): a mark written against the word after it opens,
// one written against the word before it closes, one standing alone (a
// stray space on both sides) is left out.
func (a *analysis) withinMarks(first, k int) bool {
	toks := a.d.toks
	open := false
	for j := first; j < k; j++ {
		t := toks[j]
		if t.kind != tQuote || t.text != "\"" && t.text != "\u201c" && t.text != "\u201d" {
			continue
		}
		switch {
		case j > first && !t.spaceBefore:
			open = false
		case !toks[j+1].spaceBefore:
			open = true
		}
	}
	return open
}

// placeIntro reports a state that opens a sentence as where it happens,
// right before the title: "In Kenya, President ..." binds the state to the
// title; "leave Syria under President ...", "sanctions on Sudan, President
// ... said" do not. An article may open the title: "In Washington, a
// spokeswoman for ...".
func (a *analysis) placeIntro(m placeMention, lo int) bool {
	toks := a.d.toks
	if lo-1 > m.lim {
		switch toks[lo-1].lower {
		case "a", "an", "the":
			lo--
		}
	}
	named := false
	for k := m.lim; k < lo; k++ {
		if toks[k].text == "," {
			continue
		}
		// "In Tallinn, NAME, the defence minister,": the holder's name
		// between the scene and an apposition's title
		if pi := a.personAt[k]; pi >= 0 && !named && toks[k-1].text == "," {
			named, k = true, a.mentions[pi].lim-1
			continue
		}
		return false
	}
	return m.first > 0 && toks[m.first-1].lower == "in" && (toks[m.first-1].sentStart || a.occasionOpensIn(m.first-1))
}

// speechScene reports a place where the person named at `at` speaks, which
// is the scene of their office as "In Rome, Prime Minister ..." is:
// "government spokesman NAME told reporters in Cotonou", "said in Kyiv",
// "NAME, speaking by telephone from Honiara,".
// A speech verb follows the name, and at most four words of its audience
// or occasion stand between it and "in".
func (a *analysis) speechScene(m placeMention, at int) bool {
	toks := a.d.toks
	k := at
	for k < m.first && toks[k].cap && toks[k].kind == tWord {
		k++ // the name
	}
	if k < m.first && toks[k].text == "," {
		k++ // "NAME, speaking by telephone from Honiara,"
	}
	if p := toks[m.first-1].lower; k >= m.first-1 || !a.peopleClass(k, pcSpeech) || p != "in" && p != "from" || m.first-1-k > 5 {
		return false
	}
	for j := k + 1; j < m.first-1; j++ {
		if !sceneAudience.hasToken(&toks[j]) {
			return false // "said troops would stay in Iraq": a clause, not the scene
		}
	}
	return true
}

// sceneAudience may stand between a speech verb and the place where one
// speaks: "told reporters in Cotonou", "said at a news conference in Kyiv".
var sceneAudience = wordList("scene-audience")

// whereIntro reports a place that a where-clause makes the scene of the
// title at lo: "visited Paris, where he met President ...", "Berlin, where
// Chancellor ...". At most three lower-case words stand between "where"
// and the title.
func (a *analysis) whereIntro(m placeMention, lo int) bool {
	toks := a.d.toks
	k := m.lim
	if k < lo && toks[k].text == "," {
		k++
	}
	if k >= lo || toks[k].lower != "where" || lo-k > 4 {
		return false
	}
	for k++; k < lo; k++ {
		if toks[k].kind != tWord || toks[k].cap {
			return false
		}
	}
	return true
}

// partnerBefore reports a state's adjective or possessive after "with"
// (perhaps past a determiner and a lower-case modifier) in the phrase that
// opens the sentence with a preposition or a participle, which a comma
// ends before the title at lo: "After talks with Australian Treasury
// officials, Finance Minister NAME", "Speaking after a meeting with
// India's foreign minister, NAME". The state names whom the official met,
// not the official's own; in a main clause ("Talks went on with American
// officials, Commerce Secretary NAME said") it may be.
func (a *analysis) partnerBefore(m placeMention, lo int) bool {
	toks := a.d.toks
	if m.kind != sAdjective && !m.possessive {
		return false
	}
	x := m.first - 1
	for x > 0 && x >= m.first-2 && toks[x].kind == tWord && !toks[x].cap && toks[x].lower != "with" {
		x--
	}
	if x < 1 || toks[x].lower != "with" {
		return false
	}
	first := a.d.sents[toks[m.first].sent].first
	if o := toks[first].lower; !prepositions.has(o) && !strings.HasSuffix(o, "ing") {
		return false
	}
	for k := first; k < lo; k++ {
		if toks[k].text == "," {
			return k > m.first
		}
	}
	return false
}

// topicMention reports a state's name used as the modifier of a common noun
// ("a Ukraine specialist", "the Iran deal"): the state is what someone
// deals with, not the state acting, and says nothing of nearby offices.
func (a *analysis) topicMention(m placeMention) bool {
	toks := a.d.toks
	if m.kind != sName && m.kind != sAlias || m.possessive || m.lim >= len(toks) {
		return false
	}
	n := toks[m.lim]
	if n.kind != tWord || n.cap || n.para != toks[m.first].para {
		return false
	}
	return !agentWords.hasToken(&n) && !nameVerbs.hasToken(&n) && a.lx.speech[n.lower] == "" && !npFunctionWords.hasToken(&n) && !prepositions.hasToken(&n) &&
		!connectors.hasToken(&n) && a.roleKind(m.lim) == 0 && !bodyNouns.hasToken(&n)
}

// ownedByState reports "its" or "their" before the title at lo: "Turkey
// ... its president".
func (a *analysis) ownedByState(lo int) bool {
	if lo <= 0 || lo > len(a.d.toks) {
		return false
	}
	switch a.d.toks[lo-1].lower {
	case "its", "their":
		return true
	}
	return false
}

// qualifiesBody reports a state's adjective or possessive after a name that
// qualifies a body ("the Swedish Prosecution Authority said"), not another
// person's title ("met the Japanese prime minister") nor a destination ("is
// to visit Thailand").
func (a *analysis) qualifiesBody(m placeMention) bool {
	toks := a.d.toks
	if !(m.kind == sAdjective || m.possessive) || m.lim >= len(toks) || a.prepositionObject(m.first) {
		return false // "standing in front of a row of Dutch CV90 vehicles": no body of the holder's
	}
	n := m.lim
	if m.possessive {
		n++
	}
	for n < len(toks) && a.roleKind(n) == rMod && !toks[n].cap {
		n++
	}
	if n >= len(toks) {
		return false
	}
	if k := a.roleKind(n); k == rHead || k == rWeak || k == rRank {
		return false
	}
	return bodyNouns.hasToken(&toks[n]) || toks[n].cap
}

// givenByHolder reports a state's adjective before what a state gives,
// in the clause whose subject is the name at at and whose verb gives it:
// "Foreign Minister NAME announced $5 million in Australian assistance".
func (a *analysis) givenByHolder(m placeMention, at int) bool {
	toks := a.d.toks
	if m.kind != sAdjective || m.lim >= len(toks) || !stateGifts.hasToken(&toks[m.lim]) || m.first-at > 12 {
		return false
	}
	verb := false
	for k := at; k < m.first; k++ {
		if toks[k].kind == tQuote || toks[k].text == "," || toks[k].text == ";" {
			return false
		}
		verb = verb || giftVerbs.hasToken(&toks[k])
	}
	return verb
}

// holderSide reports a state's adjective before the people who act for it
// at talks, in what the holder named at at says: "The office of Prime
// Minister NAME said ... that the Israeli delegation would return home"
// speaks for its own side. A speech verb must stand between, and no other
// state, quotation mark or comma.
func (a *analysis) holderSide(m placeMention, at int) bool {
	toks := a.d.toks
	if m.kind != sAdjective || m.lim >= len(toks) || !stateSide.hasToken(&toks[m.lim]) || m.first < 1 || toks[m.first-1].lower != "the" || m.first-at > 16 {
		return false
	}
	if a.placeSide(m.lim) {
		return false // "came from the Nigerian side of the lake": a place, no party to talks
	}
	said := false
	for k := at; k < m.first; k++ {
		if toks[k].kind == tQuote || toks[k].text == "," || a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state {
			return false
		}
		said = said || a.peopleClass(k, pcSpeech)
	}
	return said
}

// stateGifts and giftVerbs: what a state gives and the verbs of giving.
var (
	stateGifts = wordList("state-gift")
	giftVerbs  = wordList("gift-verb")
)

// privatePerson nouns after a state's adjective describe someone's
// nationality ("an Algerian national"), not a state acting.
var privatePerson = wordList("private-person")

// stateSide are the people who act for a state at talks: "the American
// side was led by special envoy ..." is the state acting, not its goods.
var stateSide = wordList("state-side")

// itsBody returns the body that "its" or "their" before a role's title
// refers to: the nearest capitalised name before it, in its sentence or
// the one before, when that name is a body that is no state's ("The
// Canadian Medical Association did not sign. Its president, ..."), or a
// body of the gazetteer that is neither a party nor a state's agency
// ("Amnesty International Canada ... Its secretary general"); "" when the
// nearest name is a state or anything else.
func (a *analysis) itsBody(r *role) string {
	toks := a.d.toks
	if r.titleLo < 2 || r.titleLo > len(toks) {
		return ""
	}
	s := toks[r.titleLo-1].sent
	from := a.d.sents[s].first
	if s > 0 {
		from = a.d.sents[s-1].first
	}
	passed := false
	for k := r.titleLo - 2; k >= from; k-- {
		t := toks[k]
		if t.kind != tWord || !t.cap || k > from && toks[k-1].cap && toks[k-1].kind == tWord || a.particleJoinBefore(k, from) {
			continue
		}
		if isAcronym(t.text) && a.introducedAcronym(t.text, k+1) {
			return t.text // "the teachers' confederation CTERA announced ... Its secretary general"
		}
		if a.personAt[k] >= 0 {
			passed = true
			continue // "its" is no person's
		}
		if a.placeAt[k] >= 0 && a.placeInBodyName(k) {
			continue // "The UN Military Observer Group in India and Pakistan ... Its head": the body's name
		}
		e := a.particleRunEnd(k)
		if e <= k {
			continue
		}
		state, ok := a.bodyName(k, e)
		if !ok && a.unknownBodySubject(k, e) {
			ok, state = true, false // "The Fraternal Order of Police, which represents officers, said"
		}
		if ok && state && a.communityBody(a.pastThe(k), e) {
			state = false // "The Kuki-Zo Council said" of the Kuki-Zo community: the community's body
		}
		if ok && !state {
			if toks[k].lower == "the" {
				k++
			}
			return stripInvisible(a.d.text[toks[k].start:toks[e-1].end])
		}
		j := k
		if t.lower == "the" && a.placeAt[k] < 0 {
			j = k + 1 // "The Polisario Front rejected the plan. Its leader"
		}
		if toks[k].sentStart {
			if g := a.armedGroupNameAt(j, len(toks)); g != "" {
				// "The West Papua National Liberation Army said ... its
				// spokesman": the group that opens a sentence is the subject
				return g
			}
		}
		if o, ok := a.orgAtTok(j); ok && a.placeAt[j] < 0 && !passed {
			if g := a.lx.orgs[o.org]; g.Kind != "party" && g.Kind != "agency" {
				return g.Name // "Amnesty International Canada ... Its secretary general"
			}
		}
		if a.orgAt[j] < 0 && a.afterPreposition(k) {
			if name := a.itsTypedName(k, e, r.titleLo); name != "" {
				return name // "claimed by the Gran Grif gang, which ... . Its spokesman"
			}
			continue // "ASEAN, which negotiates with China, ... Its secretary-general": no subject
		}
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state || a.orgAt[j] >= 0 {
			return "" // "Turkey ... its president": a state's, or a party or agency the gazetteer knows
		}
		passed = true // "Yukos claims ... its founder": no body known further back
	}
	return ""
}

// afterPreposition reports a name at k that a preposition governs, perhaps
// past "the": "with China", "for the Philippines".
func (a *analysis) afterPreposition(k int) bool {
	toks := a.d.toks
	if k > 1 && toks[k-1].lower == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	w := toks[k-1].lower
	return prepositions.has(w) || connectors.has(w) && w != "the" && w != "and"
}

// unknownBodySubject reports a capitalised run [k, e) that the gazetteer
// does not hold, no person's or place's, which is a body by its context:
// "the" and two or more words opening the sentence before a relative
// "which" or a verb of saying ("The Fraternal Order of Police, which
// represents officers, said"); any such run before ", which" ("Unite,
// which represents drivers,": a person takes "who"); or a run right after
// a lower-case noun for a body that is no state's ("the charity
// Shelterline", "Consumer group Fairtrade").
func (a *analysis) unknownBodySubject(k, e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) {
		return false
	}
	n := toks[e]
	which := n.text == "," && toks[e+1].lower == "which"
	for j := k; j < e; j++ {
		if a.personAt[j] >= 0 || a.orgAt[j] >= 0 {
			return false
		}
		// a place inside the name, not opening it, before ", which":
		// "Doctors Nova Scotia, which represents the province's physicians"
		if a.placeAt[j] >= 0 && (j == k || !which) {
			return false
		}
	}
	if toks[k].lower == "the" {
		return toks[k].sentStart && e-k >= 3 && (which || a.lx.speech[n.lower] != "")
	}
	if which {
		return true
	}
	return a.nonStateNoun(k-1) || a.typedAppositionBefore(k, e)
}

// typedAppositionBefore reports a name from k to e set off by commas
// after "the" as an apposition to a phrase headed by a noun of a body
// that is no state's, singular or plural: "One of the armed factions in
// the south, the Siwai Freedom Fighters, agreed": the name is such a body.
func (a *analysis) typedAppositionBefore(k, e int) bool {
	toks := a.d.toks
	if k < 3 || e >= len(toks) || toks[k-1].lower != "the" || toks[k-2].text != "," || toks[e].text != "," {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-9 && toks[j].kind == tWord && toks[j].sent == toks[k].sent; j-- {
		if t := toks[j]; !t.cap && a.lx.bodyKinds[singular(t.lower)] == "nonstate" {
			return true
		}
	}
	return false
}

// describesThing reports a plain lower-case noun at k after a state's
// adjective, of no person, role, body or force: "American steel",
// "Canadian lumber", not "American officials" nor "Israeli forces".
func (a *analysis) describesThing(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].kind != tWord || toks[k].cap || !a.plainNoun(k) {
		return false
	}
	w := toks[k].lower
	if humanNouns.has(w) || privatePerson.has(w) || bodyNouns.has(w) || stateSide.has(w) || a.lx.kin[w] != 0 {
		return false
	}
	if _, lim := a.lx.personnel.match(toks, k, true); lim > k {
		return false
	}
	if _, ok := a.lx.bodyWords[w]; ok {
		return false
	}
	// the noun ends its phrase: "American steel, aluminum", "American
	// goods." — not "American steel workers"
	return k+1 >= len(toks) || !a.plainNoun(k+1)
}

// legislatorHeads are role nouns of members of a legislature.
var legislatorHeads = wordList("legislator")

// legislatures are the last words of a legislature's name written after
// "member of": "parliament", "the National Assembly" (words_people.tsv
// legislature).
var legislatures = wordList("legislature")

// memberOfLegislature reports a weak role noun at k whose of-phrase names
// a legislature, which makes it a seat: "member of parliament", "member of
// the National Assembly", not "member of the board".
func (a *analysis) memberOfLegislature(k int) bool {
	toks := a.d.toks
	if k+2 >= len(toks) || a.roleKind(k) != rWeak || toks[k+1].lower != "of" {
		return false
	}
	j := k + 2
	if toks[j].lower == "the" {
		j++
	}
	if a.chamberOfAt(j) {
		return true // "member of the House of Representatives"
	}
	for n := 0; n < 2 && j+1 < len(toks) && toks[j].cap && !legislatures.hasToken(&toks[j]); n++ {
		j++ // "the National Assembly", "the Legislative Council"
	}
	return j < len(toks) && legislatures.hasToken(&toks[j])
}

// chamberHeads and chambersOf name a legislature's chamber in the shape
// "House of Representatives", "Chamber of Deputies" (words_people.tsv
// chamber-head, chamber-of): the "of" inside the name hides the
// legislature word the other names end with.
var (
	chamberHeads = wordList("chamber-head")
	chambersOf   = wordList("chamber-of")
)

// chamberOfAt reports such a chamber's name written from token j.
func (a *analysis) chamberOfAt(j int) bool {
	toks := a.d.toks
	return j+2 < len(toks) && toks[j].cap && chamberHeads.hasToken(&toks[j]) && toks[j+1].lower == "of" &&
		toks[j+2].cap && chambersOf.hasToken(&toks[j+2])
}

// seatNoun reports a noun of a legislator's seat, written as a role
// ("legislator", "MP") or after a name ("TD", "MEP").
func seatNoun(t token) bool {
	return legislatorHeads.hasToken(&t) || postNominals.has(t.text)
}

// briefingAgencyState is the state of a state's agency named in the
// sentence of a legislator's title: lawmakers are briefed by their own
// state's agencies ("lawmaker Cho Hyun-seok told reporters after a
// briefing by the National Intelligence Service").
func (a *analysis) briefingAgencyState(r *role) string {
	toks := a.d.toks
	if r.at >= len(toks) || !legislatorHeads.has(strings.ToLower(r.head)) {
		return ""
	}
	s := a.d.sents[toks[r.at].sent]
	for _, m := range a.orgs {
		if m.first < s.first || m.first >= s.lim {
			continue
		}
		if o := a.lx.orgs[m.org]; o.Kind == "agency" && o.Country != "" {
			return o.Country
		}
	}
	return ""
}

// hostState is the state of a bare title after "by" or "with" that
// follows, in the same clause, "in" a capital: the host who receives a
// visitor in the host's capital ("Iraq's top diplomat was welcomed in
// Ankara on Wednesday by Foreign Minister NAME", "held talks in Nairobi
// with President NAME"), or after a verb of meeting that follows "in" or
// "to" a capital ("travel to Asuncion on Monday to meet President NAME"),
// whatever state the visitor's is.
func (a *analysis) hostState(r *role) string {
	toks := a.d.toks
	j := r.titleLo - 1
	if r.titleLo >= r.titleHi || j < 1 || toks[j].lower != "by" && toks[j].lower != "with" && !meetVerbs.hasToken(&toks[j]) {
		return ""
	}
	meet := meetVerbs.hasToken(&toks[j])
	sent := a.d.sents[toks[j].sent]
	for k := j - 1; k > sent.first && j-k <= 6; k-- {
		if t := toks[k].text; t == "," || t == ";" || t == "(" {
			return ""
		}
		if pi := a.placeAt[k]; pi >= 0 {
			m := &a.places[pi]
			// "travel to Asuncion ... to meet President NAME": the capital
			// gone to is the host's
			if m.kind == sCapital && m.first > 0 && (toks[m.first-1].lower == "in" || meet && toks[m.first-1].lower == "to") && !m.ambiguous {
				return m.code
			}
			return ""
		}
	}
	return ""
}

// counterpartState is the state of "his Turkish counterpart" in the
// sentence of a role written before it: the one who meets a state's
// counterpart is of another state ("Foreign Minister Ahmed Khalil met his
// Turkish counterpart, Mevlut Demir, in Ankara").
func (a *analysis) counterpartState(r *role) string {
	toks := a.d.toks
	if r.at >= len(toks) {
		return ""
	}
	sent := a.d.sents[toks[r.at].sent]
	for k := r.at + 1; k < sent.lim; k++ {
		if toks[k].lower != "counterpart" && toks[k].lower != "counterparts" {
			continue
		}
		j := k - 1
		if j > r.at && toks[j].lower == "'s" {
			j--
		}
		if c, ok := a.stateAt(j); ok && j > r.at {
			return c
		}
	}
	return ""
}

// namedBodyInTitle returns the name that ends a title's of-, for- or
// at-phrase when it can only be a body no gazetteer holds: "a spokesman
// for Vodafone", "vice president at Nokia", "The leader of Ennahda, NAME".
// Every word of the name is capitalised wherever the article writes it
// (a word it also writes in lower case is a common noun: "Dean of
// Students", "Minister for Work"), in mixed case (an acronym may be a
// state's police: "a spokeswoman for EBRSO"), and no place, person, known
// body or word of a state's institution, place or event. The heads of
// places and portfolios are left out ("mayor of Krnov", "Secretary of
// Energy").
func (a *analysis) namedBodyInTitle(r *role) string {
	toks := a.d.toks
	if placeOrPortfolioHeads.has(r.head) || r.titleLo < 0 || r.titleHi >= len(toks) {
		return ""
	}
	k := r.titleHi - 1
	for k > r.titleLo && !bodyObjectPreps.hasToken(&toks[k]) {
		k--
	}
	if !bodyObjectPreps.hasToken(&toks[k]) {
		k = r.titleHi // "The leader of Ennahda, NAME": the phrase after the title
	}
	if !bodyObjectPreps.hasToken(&toks[k]) || k+1 >= len(toks) || toks[k+1].sent != toks[k].sent || k < 1 || toks[k-1].cap && a.roleKind(k-1) == 0 {
		return "" // one name: "Department of Design and Construction", "Centres for Disease Control"
	}
	if toks[k].lower == "of" && a.placeUnitBeforeOf(k) {
		return "" // "the chief district officer of Dhading": a place's officer
	}
	j := k + 1
	private := a.privateTitle(r.title)
	if private && j+1 < len(toks) && toks[j].lower == "the" && toks[j+1].cap {
		j++ // "chief economist at the CBI"; not "Leader of the Commons"
	}
	e := j // a company's: its name may be an acronym, "economist at CCF"
	for e < len(toks) && toks[e].sent == toks[k].sent && toks[e].kind == tWord && toks[e].cap && e-j < 4 {
		// an acronym opening a longer name is a word of it: "SOS Humanity"
		opensLonger := e == j && e+1 < len(toks) && toks[e+1].cap && toks[e+1].kind == tWord && toks[e+1].spaceBefore && !isAcronym(toks[e+1].text)
		if !a.bodyNameWord(e, private || opensLonger) {
			return ""
		}
		e++
	}
	if e == j || !a.bodyNameEnds(e, k) || a.placeLikeName(j, e) {
		return ""
	}
	return stripInvisible(a.d.text[toks[j].start:toks[e-1].end])
}

// bodyNameEnds reports the name of namedBodyInTitle ending before token e
// (its sentence's prepositional phrase opened at k): at a punctuation mark
// that is no abbreviation's point ("Mt. Hood"), at the end of the
// sentence or before a word that may follow a name ("in", "said").
func (a *analysis) bodyNameEnds(e, k int) bool {
	toks := a.d.toks
	switch {
	case e >= len(toks) || toks[e].sent != toks[k].sent:
		return true
	case toks[e].kind == tWord:
		return bodyPhraseEnds.hasToken(&toks[e])
	case toks[e].text == ".":
		return e+1 >= len(toks) || toks[e+1].sent != toks[k].sent
	}
	return bodyNameStops.has(toks[e].text) // not "Chapter & Verse", "Roseburg's Mercy Medical Center"
}

// bodyNameStops are the marks that may end a body's name in a title.
var bodyNameStops = closedSet(",", ";", ":", ")", "(", "—", "–")

// placeLikeName reports a name the article also writes as a place: after
// "in" or "near", or before a word for a local area or its police ("in
// Suffolk", "Roseville police", "Avoyelles Parish"). Only its first word
// is compared.
func (a *analysis) placeLikeName(j, e int) bool {
	toks := a.d.toks
	if localAreaWords.hasToken(&toks[e-1]) {
		return true // "coroner of Avoyelles Parish"
	}
	w := toks[j].text
	for i := range toks {
		if toks[i].text != w {
			continue
		}
		if i > 0 && placePreps.hasToken(&toks[i-1]) || i+e-j < len(toks) && localAreaWords.hasToken(&toks[i+e-j]) {
			return true
		}
	}
	return false
}

// placePreps put a place after them.
var placePreps = closedSet("in", "near", "outside")

// bodyObjectPreps open the phrase naming the body a role serves ("an
// analyst with Jupiter Research").
var bodyObjectPreps = closedSet("of", "for", "at", "with")

// bodyPhraseEnds may follow a body's name inside its sentence.
var bodyPhraseEnds = closedSet("in", "said", "says", "who", "which", "told")

// bodyNameWord reports a token that may be a word of the name of a body
// no gazetteer holds: see namedBodyInTitle. An acronym is one only in a
// company's title (acronymOK): "a spokeswoman for EBRSO" may be a state's
// police, "an analyst at CCF" is a firm's.
func (a *analysis) bodyNameWord(e int, acronymOK bool) bool {
	t := a.d.toks[e]
	if a.placeAt[e] >= 0 || a.personAt[e] >= 0 || a.orgAt[e] >= 0 || a.roleKind(e) != 0 || t.sentStart {
		return false
	}
	if strings.ToLower(t.text) == t.text || !acronymOK && strings.ToUpper(t.text) == t.text {
		return false // no letters, or an acronym where a state's body may be meant
	}
	switch a.lx.bodyWords[t.lower].kind {
	case "state", "place", "event", "document", "time":
		return false
	}
	return !a.writtenLower(t.lower)
}

// placeOrPortfolioHeads are role nouns whose of- or for-phrase names a
// place or a portfolio, not a body: "mayor of Krnov", "Minister for Work".
var placeOrPortfolioHeads = wordList("place-office")

// companyAfterTitle returns the company named after an apposition's title
// and a comma, as a signature reads: "said Sanjiv Bhasin, Director, IIFL
// Securities." The name is up to four capitalised words, the last a
// company's ("Securities", "Ltd"), and ends the sentence or its clause.
func (a *analysis) companyAfterTitle(r *role) string {
	toks := a.d.toks
	k := r.titleHi
	if r.rule != ruleApposition || k+1 >= len(toks) || toks[k].text != "," || !toks[k+1].cap {
		return ""
	}
	e, ok := a.closedNameAfter(k)
	if !ok {
		return ""
	}
	if a.lx.bodyWords[toks[e-1].lower].kind != "company" || a.placeAt[k+1] >= 0 || a.personAt[k+1] >= 0 {
		return ""
	}
	return stripInvisible(a.d.text[toks[k+1].start:toks[e-1].end])
}

// closedNameAfter returns the end of a name of up to four capitalised
// words after the comma at c, and whether a comma, a full stop or the
// sentence's end closes it: a signature's or an apposition's company
// ("said NAME, Director, IIFL Securities.").
func (a *analysis) closedNameAfter(c int) (int, bool) {
	toks := a.d.toks
	e := c + 1
	for e < len(toks) && e < c+5 && toks[e].kind == tWord && toks[e].cap && toks[e].sent == toks[c].sent {
		e++
	}
	closed := e >= len(toks) || toks[e].sent != toks[c].sent || toks[e].text == "," || toks[e].text == "."
	return e, closed
}

// itsTypedBody reads "Its" opening the sentence of a title whose
// previous sentence opens with a body named by its type alone, no state's,
// or reports such a body's act ("He said the union would strike."):
// "The nurses' union was also unimpressed. Its general secretary, NAME,".
func (a *analysis) itsTypedBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	first := a.reportedClauseStart(prev.first, prev.lim)
	if toks[first].lower != "the" {
		return itsAntecedent{}
	}
	for k := first + 1; k < prev.lim && k <= first+4; k++ {
		if chamberWords.hasToken(&toks[k]) {
			return itsAntecedent{} // "The opposition was unimpressed. Its spokesman": a legislature's side, the state's
		}
		if a.nonStateNoun(k) && (k+1 >= prev.lim || toks[k+1].kind != tWord || a.peopleClass(k+1, pcSpeech) || subjectVerbs.hasToken(&toks[k+1]) || toks[k+1].lower == "in") {
			return itsAntecedent{kind: itsNonState} // the noun heads the subject: a verb, or its place ("The largest mining company in the basin, NAME,"), follows it
		}
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].kind == sAdjective && a.places[pi].lim == k+1 {
			continue // "The Ukrainian hauliers' association said ... Its president"
		}
		if toks[k].cap || a.placeAt[k] >= 0 {
			return itsAntecedent{}
		}
	}
	return itsAntecedent{}
}

// reporterPronouns open a sentence that reports what someone said: "He
// said the union would strike".
var reporterPronouns = closedSet("he", "she", "they", "we", "i")

// reportedClauseStart is the start of the clause a sentence from first
// to lim reports after its opening speaker and speech verb ("He said the
// union would strike", "She said that the company ..."), else first.
func (a *analysis) reportedClauseStart(first, lim int) int {
	toks := a.d.toks
	k := first + 1
	if !reporterPronouns.hasToken(&toks[first]) || k >= lim || !a.peopleClass(k, pcSpeech) {
		return first
	}
	if k+1 < lim && toks[k+1].lower == "that" {
		k++
	}
	if k+1 < lim {
		return k + 1
	}
	return first
}

// subjectVerbs follow a subject's head noun: "The union was", "the union has".
var subjectVerbs = closedSet("was", "is", "were", "are", "has", "have", "had", "will", "would", "also")

// bodyHeads are role nouns of a club, a firm or a group, owned by a body
// named before them: "Villa chairman", "Former Chelsea captain".
var bodyHeads = wordList("body-head")

// bodyBeforePrivateTitle returns the name written just before the role
// words of a company's title, or of a title a body's name owns (bodyHeads),
// that stands before a name: "Prebon Yamane economist NAME", "said Yukos
// chief executive NAME", "LSE chief executive NAME", "Villa chairman NAME". The name is one to three capitalised words, none a place, a
// known body, a role (a title's modifier may stand in it: "Dorvane
// Mining") or a word the article also writes in lower case, and no person
// but a name without a given name that no role holds. A capitalised word
// before it makes it part of a longer name, left alone.
func (a *analysis) bodyBeforePrivateTitle(r *role) string {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.titleLo < 0 || r.titleHi > len(toks) || !a.privateTitle(r.title) && !bodyHeads.has(r.head) {
		return ""
	}
	h := r.titleLo // the title's first lower-case role word
	for h < r.titleHi && toks[h].cap {
		h++
	}
	j := r.titleLo
	for j < h && a.roleKind(j) == rQual {
		j++ // "Former NatWest chief executive"
	}
	if j == r.titleLo {
		for j > 0 && h-j < 3 && toks[j-1].kind == tWord && toks[j-1].cap && toks[j-1].sent == toks[h].sent {
			j-- // the name, or its start, left out of the title: "Yukos chief executive"
		}
	}
	if j == h || h-j > 3 || h == len(toks) || toks[h].cap || j > 0 && toks[j-1].kind == tWord && toks[j-1].cap && toks[j-1].sent == toks[h].sent {
		return ""
	}
	for k := h; k < r.titleHi; k++ {
		if b := a.lx.bodyWords[toks[k].lower]; b.kind == "state" && !toks[k].cap && toks[k].lower != r.head {
			return "" // "Bloomfield police chairman": a town's police, a state's office
		}
	}
	named := false // a word that is no title's modifier: "Dorvane Mining", not "Mining"
	private := a.privateTitle(r.title)
	for k := j; k < h; k++ {
		if !a.bodyWordBeforeTitle(k) || !private && strings.ToUpper(toks[k].text) == toks[k].text {
			return "" // an acronym before a club's role may be a state's firm: "YPF president"
		}
		named = named || a.roleKind(k) == 0
	}
	if !named {
		return ""
	}
	return stripInvisible(a.d.text[toks[j].start:toks[h-1].end])
}

// bodyWordBeforeTitle reports a word that may be part of the name of
// bodyBeforePrivateTitle.
func (a *analysis) bodyWordBeforeTitle(k int) bool {
	t := a.d.toks[k]
	if t.kind != tWord || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || a.roleKind(k) != 0 && a.roleKind(k) != rMod || a.writtenLower(t.lower) {
		return false
	}
	if t.sentStart && !a.midSentenceCap()[t.text] {
		return false // "Senior economist": only the sentence's capital
	}
	if _, tail, ok := strings.Cut(t.text, "-"); ok && tail != "" && strings.ToLower(tail) == tail {
		return false // an adjective: "Oscar-winning director", "Paris-based analyst"
	}
	switch a.lx.bodyWords[t.lower].kind {
	case "state", "place", "event", "document", "time":
		return false
	}
	if m := a.personAt[k]; m >= 0 {
		p := a.people[a.mentions[m].person]
		return p.role == nil && !p.given // a company named alone, "Yukos said", passes for a surname
	}
	return true
}

// subjectOfIts returns the body that is no state's, or the state named
// by its name or alias, that opens as its subject the sentence whose "its"
// or "their" stands before a role's title, or the sentence before when
// "Its" opens the title's: "The Organization of American States was
// represented by its assistant secretary general", "The Collective
// Security Treaty Organization, the Moscow-led alliance ..., sent an
// observer. Its deputy secretary general", "Kenya, whose police lead the
// mission in Haiti, sent its interior minister". The names of an aside
// after the subject ("whose troops left Congo") are not what "its" refers
// to. Both "" when the subject is a party, a state's agency or body, or
// no body of the gazetteer or by its head noun.
func (a *analysis) subjectOfIts(r *role) (body, state string) {
	toks := a.d.toks
	i := r.titleLo - 1
	if i < 1 || i >= len(toks) {
		return "", ""
	}
	k, lim, ok := a.possessorSpan(i)
	if !ok || k >= lim || k >= i || !toks[k].cap || a.personAt[k] >= 0 {
		return "", ""
	}
	if k+1 < lim && stateEpithets.hasToken(&toks[k]) && a.placeAt[k] < 0 {
		if m, ok := a.stateMentionAt(k + 1); ok && m.first == k+1 {
			k++ // "Neighbouring Solomon Islands, which holds ..., is watching. Its electoral commissioner"
		}
	}
	e := k
	if m, ok := a.stateMentionAt(k); ok && m.first == k {
		if (m.kind == sName || m.kind == sAlias) && !m.possessive {
			state, e = m.code, m.lim // "Kenya, whose police ..., sent its interior minister"
		} else if m.kind == sAdjective && a.stateOrganNoun(m.lim) {
			state, e = m.code, m.lim+1 // "The Mongolian contingent, which ..., Its commander"
		}
	} else if o, ok := a.orgAtTok(k); ok && o.first == k {
		if g := a.lx.orgs[o.org]; g.Kind != "party" && g.Kind != "agency" {
			body, e = g.Name, o.lim
		}
	} else if e = a.capRunEnd(k); e > k && a.placeAt[k] < 0 {
		if st, ok := a.bodyName(k, e); ok && !st {
			body = stripInvisible(a.d.text[toks[k].start:toks[e-1].end])
		}
	}
	// the name is the subject: a comma or a verb in lower case follows it
	if e >= lim || e >= i || toks[e].text != "," && (toks[e].kind != tWord || toks[e].cap) {
		return "", ""
	}
	if a.namesPastAside(e, min(i, lim)) {
		return "", "" // "Indonesia, ..., has offered troops, though Israel has opposed Turkey's role, citing its president"
	}
	return body, state
}

// stateEpithets describe a state before its name at a sentence's
// opening (words_places.tsv state-epithet).
var stateEpithets = wordList("state-epithet")

// goalOfPlace reports a place at j after "to" (perhaps "to the") in the
// clause of the subject that ends at e, where the subject sends something
// or goes: "The EU sent observers to Zambia", not "..., and the envoys
// flew to Chad".
func (a *analysis) goalOfPlace(e, j int) bool {
	toks := a.d.toks
	if a.placeAt[j] < 0 || a.places[a.placeAt[j]].possessive {
		return false
	}
	for k := e + 1; k < j; k++ {
		if x := toks[k].lower; x == "," || x == "and" || x == "but" || x == ";" {
			return false
		}
	}
	k := j
	if k > 0 && toks[k-1].lower == "the" {
		k--
	}
	return k > 0 && toks[k-1].lower == "to"
}

// namesPastAside reports a state, a body or a person named between the
// subject that ends at e and lim, past the aside between commas that may
// follow the subject: "its" may be theirs rather than the subject's. A
// state where the subject sends something (goalOfPlace) is no rival.
func (a *analysis) namesPastAside(e, lim int) bool {
	toks := a.d.toks
	if j := a.relativeAsideEnd(e, lim); j >= 0 {
		e = j // "The force, which draws troops from Chad, Niger and Nigeria, said"
	} else if toks[e].text == "," {
		for j := e + 1; j < lim; j++ {
			if toks[j].text == "," {
				e = j
				break
			}
		}
	}
	for j := e; j < lim; j++ {
		if a.personAt[j] >= 0 || a.orgAt[j] >= 0 || a.placeAt[j] >= 0 && a.places[a.placeAt[j]].state && !a.sceneOfPlace(j) && !a.goalOfPlace(e, j) && !a.leadsBody(a.places[a.placeAt[j]]) {
			return true
		}
	}
	return false
}

// sceneOfPlace reports a place at j that a preposition governs,
// perhaps past "the" and one lower-case word: "in southern Lebanon",
// where the place is where something happens, not an actor.
func (a *analysis) sceneOfPlace(j int) bool {
	toks := a.d.toks
	k := j
	if k > 0 && toks[k-1].kind == tWord && !toks[k-1].cap && !scenePreps.hasToken(&toks[k-1]) && !prepositions.hasToken(&toks[k-1]) {
		k-- // "southern"
	}
	if k > 0 && toks[k-1].lower == "the" {
		k--
	}
	return k > 0 && (scenePreps.hasToken(&toks[k-1]) || prepositions.hasToken(&toks[k-1]))
}

// scenePreps open a phrase of place that prepositions (words that never
// stand inside a title) leave out: "in". "to" is left out: "the envoys
// flew to Chad. Its foreign minister" is Chad's.
var scenePreps = closedSet("in")

// possessorSpan returns where the subject that a possessive pronoun at
// i ("its", "their") refers to may open: the start of the pronoun's
// sentence, or of the sentence before when the pronoun opens its own,
// past an opening frame of place and a leading "the"; and that
// sentence's end. ok is false for a pronoun opening the first sentence.
func (a *analysis) possessorSpan(i int) (k, lim int, ok bool) {
	toks := a.d.toks
	s := toks[i].sent
	if toks[i].sentStart || a.attributionAfterQuote(i) {
		if s == 0 {
			return 0, 0, false
		}
		s--
	}
	k, lim = a.pastOpeningFrame(a.d.sents[s].first, a.d.sents[s].lim), a.d.sents[s].lim
	if k < lim && toks[k].lower == "the" {
		k++
	}
	return k, lim, true
}

// attributionAfterQuote reports token i in the attribution after a quote
// that opens its sentence: "\"...,\" said their leader": the sentence has
// no subject of its own, the one before it names whom "their" stands for.
func (a *analysis) attributionAfterQuote(i int) bool {
	toks := a.d.toks
	s := toks[i].sent
	first := a.d.sents[s].first
	if s == 0 || toks[first].kind != tQuote || a.withinMarks(first, i) {
		return false
	}
	prev := a.d.sents[s-1].first
	return toks[prev].kind != tQuote && toks[prev].para == toks[first].para
}

// pastOpeningFrame returns the token after a sentence's opening frame of
// place, "In Rakhine," or "In the capital,", that starts at k; else k.
func (a *analysis) pastOpeningFrame(k, lim int) int {
	toks := a.d.toks
	if k >= lim || toks[k].lower != "in" {
		return k
	}
	for j := k + 1; j < lim && j <= k+5; j++ {
		if toks[j].text == "," {
			return j + 1
		}
	}
	return k
}

// rankAfterTitle returns, for a title before the name that follows a
// comma after a definite title ("Its force commander, Lieutenant General
// NAME"), a copy of the role that starts where that title does, so that
// "its" before it is the rank's owner too; else the role itself.
func (a *analysis) rankAfterTitle(r *role) *role {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.titleLo < 2 || r.titleLo >= len(toks) || toks[r.titleLo-1].text != "," {
		return r
	}
	w, ok := a.titleBefore(r.titleLo - 1)
	if !ok || !a.definiteBefore(w.lo) || w.lo < 1 || toks[w.lo-1].sent != toks[r.titleLo].sent {
		return r
	}
	c := *r
	c.titleLo, c.owner = w.lo, w.ownerAt
	return &c
}

// servedIn reports a title whose state comes from a place after "in"
// inside it: "Its head of mission in North Kivu" is served there.
func (a *analysis) servedIn(r *role) bool {
	for j := range a.objectsOf("in", r.titleLo, r.at) {
		if j < len(a.d.toks) && a.placeAt[j] >= 0 && a.places[a.placeAt[j]].code == r.country {
			return true
		}
	}
	return false
}

// servedPlaceBeforeTitle reports a place's name of the role's state
// between its owner's possessive and the title: "the group's Somalia
// country director", "the company's Kenya manager" serve there. A
// demonym ("the company's Kenyan manager") may be the holder's own.
func (a *analysis) servedPlaceBeforeTitle(r *role) bool {
	for j := r.owner + 1; j < r.titleLo && j < len(a.d.toks); j++ {
		if m, ok := a.placeCovering(j); ok && m.code == r.country && m.kind == sName && !m.possessive {
			return true
		}
	}
	return false
}

// objectsOf yields the first word of the object of each preposition prep
// from lo to before hi, past a "the": "head of mission in the North Kivu"
// yields "North" for "in". The word may lie at or past the text's end.
func (a *analysis) objectsOf(prep string, lo, hi int) iter.Seq[int] {
	return func(yield func(int) bool) {
		toks := a.d.toks
		for k := lo; k+1 < hi && k+1 < len(toks); k++ {
			if toks[k].lower != prep {
				continue
			}
			j := k + 1
			if toks[j].lower == "the" {
				j++
			}
			if !yield(j) {
				return
			}
		}
	}
}

// framedBySentenceBefore returns the state whose name opens, as a frame
// "In Kenya,", a sentence before a bare title's sentence, when the title
// opens its own sentence and no state is named between the frame and the
// title: "In Kenya, the deployment remains contested. Opposition lawmaker
// NAME said" is Kenya's lawmaker. The frame may open the paragraph before
// the title's when the title opens its own ("In El Salvador, the
// deployment was praised. ... ¶ Defence Minister NAME said"). A capital
// frames its state when the state's own organ is the frame's subject: "In
// Gitega, the government rejected the ruling. Justice Minister NAME said".
func (a *analysis) framedBySentenceBefore(r *role) string {
	toks := a.d.toks
	if r.titleLo < 1 || r.titleLo >= len(toks) || !toks[r.titleLo].sentStart {
		return ""
	}
	para, own := toks[r.titleLo].para, a.d.sents[toks[r.titleLo].sent]
	if own.first == a.d.paras[para].first && para > 0 {
		para-- // the title opens its paragraph: the one before may frame it
	}
	for s := int(toks[r.titleLo].sent) - 1; s >= 0 && toks[a.d.sents[s].first].para >= para; s-- {
		prev := a.d.sents[s]
		if c, m, ok := a.stateFrame(prev.first, prev.lim); ok {
			if a.namesStateIn(m, r.titleLo) {
				return "" // another state named after the frame
			}
			if toks[m].para != toks[r.titleLo].para && a.namesPlaceNotOf(c, own.first, own.lim) {
				return "" // "In Kenya, ... ¶ Opposition lawmaker NAME said ... in Port-au-Prince": elsewhere now
			}
			return c
		}
		if a.namesStateIn(prev.first, prev.lim) {
			return ""
		}
	}
	return ""
}

// stateFrame reads a sentence from first to lim that opens with "In
// STATE," (or a capital that frames its state's organ, "In Gitega, the
// government ..."), and returns the state and the token after its comma.
func (a *analysis) stateFrame(first, lim int) (string, int, bool) {
	toks := a.d.toks
	if toks[first].lower != "in" || first+2 >= lim {
		return "", 0, false
	}
	m, ok := a.stateMentionAt(first + 1)
	frame := ok && m.kind == sName
	if !ok && a.placeAt[first+1] >= 0 {
		// "In Gitega, the government rejected the ruling.": a capital
		// framing its state's own organ as the sentence's subject
		m = a.places[a.placeAt[first+1]]
		frame = m.kind == sCapital && m.code != "" && m.lim+2 < lim && toks[m.lim+1].lower == "the" && a.stateOrganNoun(m.lim+2)
	}
	if !frame || m.first != first+1 || m.lim >= lim || toks[m.lim].text != "," {
		return "", 0, false
	}
	return m.code, m.lim, true
}

// namesPlaceNotOf reports a place of a state other than c named between
// tokens lo and hi.
func (a *analysis) namesPlaceNotOf(c string, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if pi := a.placeAt[j]; pi >= 0 && a.places[pi].code != "" && a.places[pi].code != c {
			return true
		}
	}
	return false
}

// namesStateIn reports a state named between tokens lo and hi.
func (a *analysis) namesStateIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if pi := a.placeAt[j]; pi >= 0 && a.places[pi].state {
			return true
		}
	}
	return false
}

// stateOrganNoun reports a lower-case noun at k that names a state's own
// organ (body_nouns.tsv military, police, government, ministry): "the
// Mongolian contingent", "the Chilean government", not "the French company".
func (a *analysis) stateOrganNoun(k int) bool {
	if k >= len(a.d.toks) || a.d.toks[k].cap {
		return false
	}
	switch a.bodyKindAt(k) {
	case "military", "police", "government", "ministry":
		return true
	}
	return false
}

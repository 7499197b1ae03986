package extract

// itsKind is what "its" stands for.
type itsKind string

const (
	itsNone      itsKind = ""
	itsState     itsKind = "state"            // a state by name: the office is its own
	itsStateBody itsKind = "state-body"       // a state's own body: the office is the state's
	itsBodyNamed itsKind = "body"             // a named body the gazetteer or its name types, no state's
	itsPartyBody itsKind = "party"            // a party: its own office
	itsForce     itsKind = "force"            // a force of several states
	itsRivalGov  itsKind = "rival-government" // a shadow or exiled government
	itsNonState  itsKind = "nonstate-body"    // a firm, NGO, union or staff body, named or typed
)

// itsAntecedent is what "its" before a role's title stands for: its kind,
// the body's name and the state whose office it is (either may be ""),
// and the reading that decided.
type itsAntecedent struct {
	kind        itsKind
	body, state string
	evidence    string
}

// itsReading is one reading of the antecedent, named by its evidence; it
// returns kind itsNone when it finds none.
type itsReading struct {
	evidence  string
	needsPrev bool
	read      func(a *analysis, r *role, prev sentence) itsAntecedent
}

// itsAntecedentOf resolves what "its" before r's title stands for: the
// first reading below that finds an antecedent decides. prev is the
// sentence before when "Its" opens the title's sentence (readings that
// need it are skipped otherwise; the zero sentence names nothing). First
// comes what the subject of prev names (a rival government, a party, a
// state's body, a force, a national society), then the subject of "its"
// or the nearest body named before it, then a body no state holds that
// prev describes or types, and last a state's own body read from prev.
func (a *analysis) itsAntecedentOf(r *role) itsAntecedent {
	prev, opens := a.sentenceBeforeIts(r)
	for _, rd := range []itsReading{
		{"rival-government", true, (*analysis).itsRivalGovernment},       // "The shadow National Unity Government said"
		{"subject-office", true, (*analysis).itsSubjectOffice},           // "The Rally Party urged calm", "The navy said"
		{"unit-subject", true, (*analysis).itsUnitSubject},               // "The 1st Armored Brigade Combat Team arrived"
		{"multinational-force", true, (*analysis).itsMultinationalForce}, // "The regional force, known as SAMIDRC,"
		{"national-body", true, (*analysis).itsNationalBody},             // "The Nepali Red Cross said"
		{"subject-of-its", false, (*analysis).itsSubject},                // "Kenya, whose police ..., sent its"
		{"apposed-agency", true, (*analysis).itsApposedAgency},           // "The prisons agency, SNAI, said"
		{"acronym-agency", true, (*analysis).itsAcronymAgency},           // "a report by the SNAI, the agency that runs the prisons"
		{"nearest-body", false, (*analysis).itsNearestBody},              // "The Canadian Medical Association did not sign"
		{"apposed-body", true, (*analysis).itsApposedBody},               // "The utility, K-Electric, said"
		{"described-body", true, (*analysis).itsDescribedBody},           // "Carbonera Norte, a small operator"
		{"staff-body", true, (*analysis).itsStaffBody},                   // "The bank's works council said"
		{"typed-body", true, (*analysis).itsTypedBody},                   // "The nurses' union was unimpressed"
		{"named-typed-body", true, (*analysis).itsNamedTypedBody},        // "The Genel Maden-Sen union, which ..., said"
		{"body-after-person", true, (*analysis).itsTypedBodyAfterPerson}, // "NAME said she would run the party's work"
		{"local-state-body", true, (*analysis).itsLocalStateBody},        // "the Lagos State Building Control Agency"
		{"state-owned-body", true, (*analysis).itsStateOwnedBody},        // "Britain's energy regulator, Ofgem,"
		{"noun-back-state", true, (*analysis).itsNounBackState},          // "The agency says" after a state's agency
		{"agency-state", true, (*analysis).itsAgencyState},               // "The Kurdistan Regional Government said"
		{"intl-subject", true, (*analysis).itsIntlSubject},               // "The U.N. Command (UNC) said"
	} {
		if rd.needsPrev && !opens {
			continue
		}
		if ant := rd.read(a, r, prev); ant.kind != itsNone {
			ant.evidence = rd.evidence
			return ant
		}
	}
	return itsAntecedent{}
}

// ownsRole gives role r the owner the antecedent stands for: its body,
// its state, and no state's office for a body no state holds.
func (ant itsAntecedent) ownsRole(r *role) {
	r.org, r.orgKind, r.country = ant.body, "", ant.state
	if ant.kind == itsPartyBody {
		r.orgKind = "party"
	}
	r.nonState = ant.kind != itsState && ant.kind != itsStateBody && ant.kind != itsBodyNamed
}

// itsSubject reads subjectOfIts: "The Organization of American States
// was represented by its ...", "Kenya, whose police ..., sent its ...".
func (a *analysis) itsSubject(r *role, _ sentence) itsAntecedent {
	body, state := a.subjectOfIts(r)
	if state != "" {
		return itsAntecedent{kind: itsState, state: state}
	}
	if body != "" {
		return itsAntecedent{kind: itsBodyNamed, body: body}
	}
	return itsAntecedent{}
}

// itsNearestBody reads itsBody, the nearest body named before "its",
// with the state of a state's body described as such in prev: "the Dutch
// central bank, De Nederlandsche Bank. Its president".
func (a *analysis) itsNearestBody(r *role, prev sentence) itsAntecedent {
	body := a.itsBody(r)
	if body == "" {
		return itsAntecedent{}
	}
	if c := a.describedStateOfBody(prev, body); c != "" {
		return itsAntecedent{kind: itsStateBody, body: body, state: c} // none in the zero prev
	}
	if c := a.gazetteerAgencyState(body); c != "" {
		// "The Investigative Committee, which handles major crimes in
		// Russia, opened a case. Its spokeswoman, NAME,": a state's body
		// of the gazetteer is no organization (GUIDELINES)
		return itsAntecedent{kind: itsStateBody, state: c}
	}
	return itsAntecedent{kind: itsBodyNamed, body: body}
}

// subjectFirst is the first token of prev's subject past a fronted
// phrase and a leading "the": "The Nepali Red Cross said", "Across the
// border, the Police Service of Northern Ireland said".
func (a *analysis) subjectFirst(prev sentence) int {
	f := a.frontedPhraseEnd(prev)
	if f < prev.lim && a.d.toks[f].lower == "the" {
		return f + 1
	}
	return f
}

// gazetteerAgencyState returns the state of the state's body of the
// gazetteer that the story names as body (by its name or a form of it),
// else "".
func (a *analysis) gazetteerAgencyState(body string) string {
	toks := a.d.toks
	for _, m := range a.orgs {
		g := a.lx.orgs[m.org]
		if g.Kind != "agency" || g.Country == "" {
			continue
		}
		if g.Name == body || a.d.text[toks[m.first].start:toks[m.lim-1].end] == body {
			return g.Country
		}
	}
	return ""
}

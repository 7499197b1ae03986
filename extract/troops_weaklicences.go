package extract

// Weak personnel nouns ("officers", "staff", "engineers") count troops
// only in a shape that makes them a state's or a force's. troopFigure
// asks the tables below, row by row and in order, whether one such shape
// holds; adding a shape is adding a row. The order is kept: the cheap
// reads of what troopFigure already knows come first, and the first row
// that holds ends the look.

// weakCtx is what a licence reads of a figure with a weak personnel noun:
// the number, the phrase read up to its noun, the token after the noun,
// and what troopFigure has already found about it.
type weakCtx struct {
	n      number
	s      *troopPhrase
	lim    int  // the token after the personnel noun
	hired  bool // a verb of hiring takes them (recruiterState)
	each   bool // "Each will have 140 officers" (eachFormationState)
	joined bool // joined to a troop figure or a state's share
}

// weakLicence is one shape in which weak personnel count as troops.
type weakLicence struct {
	name  string
	holds func(a *analysis, w *weakCtx) bool
}

// weakLicences let weak personnel count as troops; without one of them
// (and no state that sent them earlier) the figure is none.
var weakLicences = [...]weakLicence{
	// "Russia has recruited some 600 fighters from Cuba"
	{"hired by a state", func(_ *analysis, w *weakCtx) bool { return w.hired }},
	// "Islamabad has promised two units. Each will have 140 officers"
	{"each formation", func(_ *analysis, w *weakCtx) bool { return w.each }},
	// "300 soldiers and 60 medics", "Ghana's contribution, 870 infantry,"
	{"joined to troops", func(_ *analysis, w *weakCtx) bool { return w.joined }},
	// "The observer mission was allowed 600 monitors"
	{"mission counts", func(a *analysis, w *weakCtx) bool { return a.missionCounts(w.n) }},
	// "1,000 Kenyan police officers"
	{"state written", func(_ *analysis, w *weakCtx) bool { return w.s.explicit }},
	// "500 military engineers"
	{"military modifier", func(_ *analysis, w *weakCtx) bool { return w.s.militaryMod }},
	// "a formed police unit of 160 officers"
	{"formation of", func(a *analysis, w *weakCtx) bool { return a.formationOf(w.n) }},
	// "The Revolutionary Guards began a drill involving 12,000 Guards"
	{"drill involving", func(a *analysis, w *weakCtx) bool { return a.drillInvolving(w.n) }},
	// "300 officers were deployed"
	{"troop verb", func(a *analysis, w *weakCtx) bool { return a.troopVerbBesides(w.n, w.lim) }},
	// "about 350 officers took part in the operation"
	{"joined operation", func(a *analysis, w *weakCtx) bool { return a.joinedOperation(w.lim) }},
	// "32 officers, a dog team and two helicopters had searched the woods"
	{"searched ground", func(a *analysis, w *weakCtx) bool { return a.searchedGround(w.lim) }},
	// "1,300 officers from other forces"
	{"lent by forces", func(a *analysis, w *weakCtx) bool { return a.lentByForces(w.lim) }},
	// "his office assigned 35 deputies", "40 deputies from neighboring counties"
	{"sheriff's deputies", func(a *analysis, w *weakCtx) bool { return a.sheriffDeputiesSent(w.n, w.lim) }},
	// "Honiara asked Canberra to extend the stay of its 140 police officers"
	{"asked owner", func(a *analysis, w *weakCtx) bool { return a.askedOwner(w.n) != "" }},
	// "a contingent that will eventually total 120 officers"
	{"force totals", func(a *analysis, w *weakCtx) bool { return a.forceTotals(w.n) }},
	// "1,500 officers were put on standby"
	{"put on standby", func(a *analysis, w *weakCtx) bool { return a.putOnStandby(w.lim) }},
	// "a further 80 engineers were on standby in Piacenza"
	{"be on standby", func(a *analysis, w *weakCtx) bool { return a.beOnStandby(w.n, w.lim) }},
	// "Police said 800 officers would be on duty", "450 officers would police the parades"
	{"on duty by a force", func(a *analysis, w *weakCtx) bool { return a.onDutyByForce(w.n, w.lim) }},
	// "placed 300 officers on alert"
	{"placed on standby", func(a *analysis, w *weakCtx) bool { return a.putOnStandbyActive(w.n, w.lim) }},
	// a deployment told in the three paragraphs before continues
	{"continued deployment", func(a *analysis, w *weakCtx) bool { return a.continuedState(w.n.first) != "" }},
	// "Kenya's cabinet approved the mission. ... the first 400 officers"
	{"mission before", func(a *analysis, w *weakCtx) bool { return a.missionBefore(w.n.first) }},
	// "Armenia replaced the guards with 150 of its own border police"
	{"state's own", func(a *analysis, w *weakCtx) bool { return a.stateOwnPersonnel(w.n, *w.s) }},
	// "Member states will make up to 300 officers available"
	{"made available", func(a *analysis, w *weakCtx) bool { return a.madeAvailable(w.n, w.lim) }},
	// "The Guardia Civil moved 400 agents to Ceuta"
	{"moved by a force", func(a *analysis, w *weakCtx) bool { return a.weakForceLicence(w.n, w.lim) }},
	// "75 staff from the Irish Defence Forces" (ten or more)
	{"from a force", func(a *analysis, w *weakCtx) bool { return w.n.value >= 10 && a.personnelFromForce(w.lim) }},
	// one count of the personnel a deployed force is composed of
	{"composed force", func(a *analysis, w *weakCtx) bool { return a.composedForce(w.n) }},
	// "the National Guard doubled its presence on the coast to 900 officers"
	{"resized presence", func(a *analysis, w *weakCtx) bool { return a.resizedPresence(w.n) }},
	// "tripled the size of the SDF deployment from around 1,200 members"
	{"resized from", func(a *analysis, w *weakCtx) bool { return a.resizedFrom(w.n) }},
	// a force's body tells them as its own: "N of its officers"
	{"force said", func(a *analysis, w *weakCtx) bool { return a.forceSaid(w.n) }},
	// "650 border guards from 24 member states"
	{"from counted states", func(a *analysis, w *weakCtx) bool { return a.fromCountedStates(w.lim) }},
	// "police were moved into"
	{"moved passive", func(a *analysis, w *weakCtx) bool { return a.movedPassiveAfter(w.lim) }},
	// "The Los Angeles Police Department had 350 officers at the rally"
	{"force has at", func(a *analysis, w *weakCtx) bool { return a.forceHasOfficersAt(w.n, w.lim) }},
	// "3,000 foreign fighters ... serve in Ukraine's International Legion"
	{"serves in a state's force", func(a *analysis, w *weakCtx) bool { return a.servesInStateForce(w.lim) }},
	// "Bangladesh, Egypt and Pakistan have 28, 25 and 19 observers respectively"
	{"states respectively", func(a *analysis, w *weakCtx) bool { return a.respectiveState(w.n) != "" }},
}

// armedLicences let weak personnel that armies field too ("engineers",
// "medics") count as a state's: without one of them, "the utility sent
// 300 engineers" is no deployment.
var armedLicences = [...]weakLicence{
	// "1,000 Egyptian engineers"
	{"state written", func(_ *analysis, w *weakCtx) bool { return w.s.explicit }},
	// "500 military engineers"
	{"military modifier", func(_ *analysis, w *weakCtx) bool { return w.s.militaryMod }},
	// "Egypt will send 300 engineers", "The army has sent 500 engineers"
	{"armed before", func(a *analysis, w *weakCtx) bool { return a.armedBefore(w.n.first) }},
	// "Congo asked Bujumbura to keep 1,500 of its engineers"
	{"asked owner", func(a *analysis, w *weakCtx) bool { return a.askedOwner(w.n) != "" }},
	// "The 200 engineers that Oslo pledged will arrive in March"
	{"state's relative", func(a *analysis, w *weakCtx) bool { return a.relativeSender(w.lim) != "" }},
	// one count of the personnel a deployed force is composed of
	{"composed force", func(a *analysis, w *weakCtx) bool { return a.composedForce(w.n) }},
	// "his office assigned 35 deputies", "40 deputies from neighboring counties"
	{"sheriff's deputies", func(a *analysis, w *weakCtx) bool { return a.sheriffDeputiesSent(w.n, w.lim) }},
}

// licensed reports whether one licence of the table holds for w, trying
// them in order.
func (a *analysis) licensed(table []weakLicence, w *weakCtx) bool {
	for _, l := range table {
		if l.holds(a, w) {
			return true
		}
	}
	return false
}

package extract

// Service nouns ("divers", "technicians", "specialists") count only where
// an armed service owns them, as "navy divers" does; a service that is
// the subject of the verb sending them owns them too: "the navy sent 22
// divers", "the navy flew in 40 divers", "the army deployed 60
// technicians", "the air force flew 30 specialists to the base". A
// state ("Japan sent 30 experts") or another body ("the hospital sent 40
// specialists") sends no service's personnel.

// serviceSentByForce reports a verb of deployment right before the
// figure n (past a particle: "flew in") whose clause an armed or police
// body's word opens as its subject, with no other noun phrase between.
func (a *analysis) serviceSentByForce(n number) bool {
	toks := a.d.toks
	v := n.hedge - 1
	if v > 0 && verbParticles.hasToken(&toks[v]) {
		v--
	}
	if v < 1 || !deployVerbs.hasToken(&toks[v]) && !troopVerbs.hasToken(&toks[v]) || possessVerbs.hasToken(&toks[v]) {
		return false
	}
	k := v - 1
	for k > 0 && (verbChain.hasToken(&toks[k]) || isAdverb(toks[k])) {
		k--
	}
	return serviceMods.hasToken(&toks[k]) || forceWordsIn.hasToken(&toks[k]) && toks[k].lower != "forces"
}

package extract

// particleJoinBefore reports a capitalised word at k that a name particle
// in lower case joins to a capitalised word before it, at or after from:
// "Frente" of "Estado Mayor de Bloques y Frente" is inside the name, not
// its start.
func (a *analysis) particleJoinBefore(k, from int) bool {
	toks := a.d.toks
	if k-2 < from || toks[k-1].cap || !nameParticles.hasToken(&toks[k-1]) || a.personAt[k] >= 0 {
		return false
	}
	return toks[k-2].cap && toks[k-2].kind == tWord && a.personAt[k-2] < 0
}

// particleRunEnd is capRunEnd, read on past a name particle in lower
// case between capitalised words, as Spanish and Portuguese names of
// bodies join their words ("Estado Mayor de Bloques y Frente", "Partido
// dos Trabalhadores"); a person's name ends the run.
func (a *analysis) particleRunEnd(j int) int {
	toks := a.d.toks
	e := a.capRunEnd(j)
	for e > j && e+1 < len(toks) && !toks[e].cap && nameParticles.hasToken(&toks[e]) && toks[e+1].cap && toks[e+1].kind == tWord && a.personAt[e+1] < 0 && toks[e+1].para == toks[j].para {
		e = a.capRunEnd(e + 1)
	}
	return e
}

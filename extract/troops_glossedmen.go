package extract

// glossedFormations are formations, besides formationNouns, whose count
// of men a figure after a comma glosses: "Two wings of the Frontier
// Corps, roughly 1,600 men".
var glossedFormations = wordList("glossed-formation")

// glossedFormationMen reports "men" at j glossing a counted formation
// just before the figure n: "a further 12 companies, or 1,200 men",
// "Two wings of the Frontier Corps, roughly 1,600 men". The men are the
// formations' strength; formationMen reads only a formation noun right
// before a bare comma. The formations must be counted ("12 companies"),
// and a name after "of" must end in a force's word, so "two wings of
// the Royal Hospital, some 300 men" is none; a lower-case force after
// "of" counts as a name does ("of central forces", "of paramilitary
// troops").
func (a *analysis) glossedFormationMen(n number, j int) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if j >= len(toks) || toks[j].lower != "men" || k < 2 {
		return false
	}
	if toks[k].lower == "or" {
		k-- // "12 companies, or 1,200 men"
	}
	first := a.d.sents[toks[n.first].sent].first
	if toks[k].text != "," || k-1 <= first {
		return false
	}
	e := k - 1
	if toks[e].cap && forceBodies.hasToken(&toks[e]) {
		for e > first && toks[e].cap && toks[e].kind == tWord {
			e-- // back over the force's name: "of the Frontier Corps"
		}
		if toks[e].lower == "the" {
			e--
		}
		if e <= first || toks[e].lower != "of" {
			return false
		}
		e--
	} else if o := a.ofLowerForceBefore(e, first); o > 0 {
		e = o - 1 // "Seventy companies of central forces, or some 7,000 men"
	}
	if w := toks[e].lower; !holdsMen(w) && !glossedFormations.has(w) {
		return false
	}
	for b := e - 1; b >= first && b >= e-3; b-- {
		if toks[b].kind == tNum || mayBeNumber(&toks[b]) {
			return true // "Two wings", "a further 12 companies"
		}
	}
	return false
}

// ofLowerForceBefore returns the "of" before a lower-case force's noun
// ending at e ("forces", "troops", "police") past up to three lower-case
// modifiers and an article, not before first: "companies of central
// forces", "battalions of the paramilitary police"; else -1.
func (a *analysis) ofLowerForceBefore(e, first int) int {
	toks := a.d.toks
	if toks[e].cap || toks[e].kind != tWord {
		return -1
	}
	if _, ok := a.strongPersonnelAt(e); !ok && !forceBodies.hasToken(&toks[e]) {
		return -1
	}
	for o := e - 1; o > first && o >= e-4 && toks[o].kind == tWord && !toks[o].cap; o-- {
		if toks[o].lower == "of" {
			return o
		}
	}
	return -1
}

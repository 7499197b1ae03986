package extract

// A second event's toll whose killing verb is gapped: "The Boumerdes quake
// of 2003 killed upward of 2,200 people, and the 1980 El Asnam quake
// about 2,600." The second clause repeats the shape of the first with
// only its subject and its number; the verb is the first clause's.

// eventGappedDeaths reads the number that ends its sentence right after
// an event noun ("quake", "flood") that ", and the" opens, up to six words
// before it, when an active verb of killing stands before the comma. A
// number with a noun after it ("the flood 3,000 homes") counts something
// else.
func (a *analysis) eventGappedDeaths(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	ev := n.hedge - 1
	if ev <= s.first+3 || !lossEvents.hasToken(&toks[ev]) || toks[ev].cap {
		return Deaths{}, false
	}
	if n.lim < s.lim && toks[n.lim].text != "." && toks[n.lim].text != ";" {
		return Deaths{}, false
	}
	for d := ev - 1; d > s.first+1 && d >= ev-6; d-- {
		if toks[d].kind == tPunct {
			return Deaths{}, false
		}
		if toks[d].lower != "the" {
			continue
		}
		if toks[d-1].lower != "and" || toks[d-2].text != "," {
			return Deaths{}, false
		}
		for k := s.first; k < d-2; k++ {
			if kinds, _ := a.deathKindsAt(k); hasKind(kinds, dActive) {
				return a.makeDeath(n, d, n.lim, rule), true
			}
		}
		return Deaths{}, false
	}
	return Deaths{}, false
}

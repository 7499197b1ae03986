package extract

// capitalListEdges returns the first token of the list of capitals that
// the capital m stands in ("Washington, Amman and Ankara") and the token
// after its last member; m's own edges when it stands alone. What the
// list does or undergoes, each member does: "a ceasefire brokered by
// Washington, Amman and Ankara", "Washington and Paris, which co-chair
// the committee, did not respond".
func (a *analysis) capitalListEdges(m *placeMention) (int, int) {
	toks := a.d.toks
	first, lim := m.first, m.lim
	for first > 1 {
		j := first - 1
		if toks[j].lower == "and" || toks[j].lower == "or" {
			if toks[j-1].text == "," {
				j--
			}
		} else if toks[j].text != "," {
			break
		}
		if j < 1 {
			break
		}
		pi := a.placeAt[j-1]
		if pi < 0 || a.places[pi].kind != sCapital || a.places[pi].lim != j || toks[j-1].sent != toks[m.first].sent {
			break
		}
		first = a.places[pi].first
	}
	for lim+1 < len(toks) && toks[lim].sent == toks[m.first].sent {
		j := lim
		if toks[j].text == "," && (toks[j+1].lower == "and" || toks[j+1].lower == "or") {
			j++
		}
		if toks[j].text != "," && toks[j].lower != "and" && toks[j].lower != "or" || j+1 >= len(toks) {
			break
		}
		pi := a.placeAt[j+1]
		if pi < 0 || a.places[pi].kind != sCapital || a.places[pi].first != j+1 {
			break
		}
		lim = a.places[pi].lim
	}
	return first, lim
}

// whichAsideActs reports a "which" aside at next, after a subject opening
// its sentence, followed by a state's act: "Doha, which brokered a truce,
// has offered"; not a copula: "Doha, which hosted the World Cup, is a
// city".
func (a *analysis) whichAsideActs(first, next int) bool {
	toks := a.d.toks
	if !toks[first].sentStart || next+1 >= len(toks) || toks[next].text != "," || toks[next+1].lower != "which" {
		return false
	}
	for k := next + 2; k < len(toks) && k < next+16 && toks[k].sent == toks[first].sent && toks[k].kind != tQuote; k++ {
		if toks[k].text == "," {
			return k+1 < len(toks) && agentWords.hasToken(&toks[k+1]) && !placeCopulas.hasToken(&toks[k+1])
		}
	}
	return false
}

package extract

// A town the gazetteer lacks is often introduced once with its state,
// "the Lebanese town of Hermel", then named bare: "Clan leaders in Hermel
// were more sceptical. NAME, the mayor of the nearby village of Qasr,"
// is Lebanon's mayor, though Syria was named last among the places the
// gazetteer knows (fx50, r35b).

// describedTownState returns the state of the capitalised word at k when
// the text introduces that word as "the ADJ [MOD] town of WORD" with ADJ
// a state's adjective and town a settlement noun, or "".
func (a *analysis) describedTownState(k int) string {
	toks := a.d.toks
	if k < 0 || k >= len(toks) || !toks[k].cap || toks[k].kind != tWord || toks[k].sentStart || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 {
		return ""
	}
	for j := 3; j < len(toks); j++ {
		if toks[j].lower != toks[k].lower || !toks[j].cap || toks[j-1].lower != "of" || !settlementNouns.hasToken(&toks[j-2]) {
			continue
		}
		for i := j - 3; i >= j-4 && i >= 0; i-- {
			if m, ok := a.stateMentionAt(i); ok && m.kind == sAdjective && m.lim == i+1 && !m.ambiguous {
				return m.code // "the Lebanese town of Hermel", "the Lebanese border town of Hermel"
			}
			if toks[i].cap || toks[i].kind != tWord {
				break
			}
		}
	}
	return ""
}

// describedTownBefore returns the last token before from, back to the
// paragraph minPara, that names a town describedTownState places, and
// that town's state; -1 and "" when there is none.
func (a *analysis) describedTownBefore(from, minPara int) (int, string) {
	toks := a.d.toks
	for k := from - 1; k >= 0 && int(toks[k].para) >= minPara; k-- {
		if k > 0 && toks[k-1].cap || k+1 < len(toks) && toks[k+1].cap {
			continue // one word alone, not part of a longer name
		}
		if c := a.describedTownState(k); c != "" {
			return k, c
		}
	}
	return -1, ""
}

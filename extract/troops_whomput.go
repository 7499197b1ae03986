package extract

// sizeEstimateVerbs give a size someone puts on personnel: "whom it put at
// about 2,000".
var sizeEstimateVerbs = closedSet("put", "puts", "estimated", "estimates", "reckoned", "reckons", "numbered")

// whomPutAt reads a relative clause that sizes the personnel it follows:
// "the Russian military instructors, whom it put at about 2,000," is a
// figure of Russian personnel. The speaker's estimate names no sender;
// the personnel's state adjective does. The clause may close the
// sentence: "has since hosted Russian instructors, whom diplomats put at
// about 300." (ht1)
func (a *analysis) whomPutAt(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 5 || toks[k].lower != "at" || n.lim < len(toks) && toks[n.lim].sent == toks[n.first].sent && toks[n.lim].text != "," && toks[n.lim].text != "." {
		return Troops{}, false
	}
	v := k - 1
	if !sizeEstimateVerbs.hasToken(&toks[v]) {
		return Troops{}, false
	}
	w := v - 1
	for w > 0 && w >= v-3 && toks[w].lower != "whom" && toks[w].lower != "which" {
		w--
	}
	if w < 2 || toks[w].lower != "whom" && toks[w].lower != "which" || toks[w-1].text != "," {
		return Troops{}, false
	}
	h := w - 2
	if _, ok := a.strongPersonnelAt(h); !ok && !(a.personnelEndsAt(h) && a.armedBefore(h)) {
		return Troops{}, false
	}
	country := ""
	for i := h - 1; i >= 0 && i >= h-3 && toks[i].kind == tWord; i-- {
		if c, ok := a.stateAt(i); ok {
			country = c
			break
		}
	}
	return a.makeTroops(n, n.lim, country, toks[h].text, rule), true
}

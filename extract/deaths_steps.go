package extract

import "sort"

// stepAdverbs may stand before a further step of a figure: "raised the
// figure to 33 and finally to 34", "then to 41".
var stepAdverbs = closedSet("then", "finally", "later", "eventually", "subsequently", "again", "once", "more")

// stepTimes end a short time phrase after a step's figure: "to 22 at
// midday", "by nightfall", besides the time words and weekdays.
var stepTimes = closedSet("midday", "noon", "night", "nightfall", "dawn", "dusk", "overnight", "the", "that", "this")

// furtherSteps returns the later figures a revised count went through
// after its figure d, each "and (then|finally) to N", ", then to N" or
// "and settled on N", a short time phrase after each figure or not:
// "first said 12 ..., then raised the figure to 33 and finally to 34"
// gives 34 too, "raised the figure to 22 at midday and settled on 31 by
// evening" gives 31. The step's number must end its phrase; "and to 40
// percent" or "and to 300 homes" is none.
func (a *analysis) furtherSteps(d Deaths) []Deaths {
	toks := a.d.toks
	// the figure's number ends the figure: "raised the figure to 33"
	lim := sort.Search(len(toks), func(k int) bool { return int(toks[k].start) >= d.End })
	n, ok := a.numberEndingAt(lim)
	if !ok || n.value != d.Count {
		return nil
	}
	var out []Deaths
	for e := a.stepTimeEnd(n.lim); e < len(toks) && toks[e].sent == toks[n.first].sent; {
		j := a.stepOpens(e)
		if j < 0 {
			return out
		}
		m, ok := a.countAt(j)
		if !ok || m.hedge != j || m.age || m.vague || m.value <= 0 || a.isYear(m) {
			return out
		}
		if f := m.lim; f < len(toks) && toks[f].sent == toks[j].sent && toks[f].kind == tWord && !figureEnds.hasToken(&toks[f]) && !whenWord(toks[f].lower) {
			return out // "and then to 40 percent"
		}
		s := a.makeDeath(m, j-1, m.lim, d.Rule)
		s.Cumulative = true
		out = append(out, s)
		e = a.stepTimeEnd(m.lim)
	}
	return out
}

// stepOpens returns the index of a step's number after a figure at e:
// ", and then to", "and finally to", "and settled on", ", then at"; -1
// when none opens there. ", to" alone is no step.
func (a *analysis) stepOpens(e int) int {
	toks := a.d.toks
	j := e
	if toks[j].text == "," {
		j++
	}
	if j < len(toks) && toks[j].lower == "and" {
		j++
	}
	adv := 0
	for j < len(toks) && adv < 2 && stepAdverbs.hasToken(&toks[j]) {
		j, adv = j+1, adv+1
	}
	if j == e || j+1 >= len(toks) || j == e+1 && toks[e].text == "," {
		return -1
	}
	switch w := toks[j].lower; {
	case w == "to":
		return j + 1
	case (w == "settled" || w == "settling") && j+2 < len(toks) && (toks[j+1].lower == "on" || toks[j+1].lower == "at"):
		return j + 2
	}
	return -1
}

// stepTimeEnd returns the index after a short time phrase at e that
// dates a step's figure ("at midday", "on Monday", "by the evening",
// "overnight"), or e when none stands there.
func (a *analysis) stepTimeEnd(e int) int {
	toks := a.d.toks
	if e >= len(toks) {
		return e
	}
	if toks[e].lower == "overnight" {
		return e + 1
	}
	switch toks[e].lower {
	case "on", "at", "by", "in":
	default:
		return e
	}
	dated := false
	k := e + 1
	for ; k < len(toks) && k <= e+3 && toks[k].kind == tWord && toks[k].sent == toks[e].sent; k++ {
		w := toks[k].lower
		if !whenWord(w) && !stepTimes.has(w) {
			break
		}
		dated = dated || whenWord(w) || w == "midday" || w == "noon" || w == "night" || w == "nightfall" || w == "dawn" || w == "dusk"
	}
	if !dated {
		return e
	}
	return k
}

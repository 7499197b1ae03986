package extract

// personnelFromBody returns the personnel noun before "from the <armed
// body>" whose body ends at h, the head of an apposition that gives their
// number: "Guards from the Kyrgyz border service, 450 in all,"; the
// body's noun is an armed one ("army", "police", "a border service"),
// so "fans from the football club" are none. It returns -1 when none.
func (a *analysis) personnelFromBody(h int) int {
	toks := a.d.toks
	if h < 3 || !a.armedBodyNounAt(h) {
		return -1
	}
	for i := h - 1; i > 0 && i >= h-4; i-- {
		if toks[i].lower != "from" {
			continue
		}
		if a.personnelEndsAt(i - 1) {
			return i - 1
		}
		return -1
	}
	return -1
}

// armedBodyNounAt reports the noun of an armed body at h: "army",
// "police", "gendarmerie", or "service" after a border or security word.
func (a *analysis) armedBodyNounAt(h int) bool {
	toks := a.d.toks
	if forceBodies.hasToken(&toks[h]) {
		return true
	}
	if toks[h].lower != "service" || h < 1 {
		return false
	}
	w := toks[h-1].lower
	return w == "border" || w == "security" || forceBodies.hasToken(&toks[h-1])
}

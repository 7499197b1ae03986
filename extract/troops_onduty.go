package extract

// dutyParticiples after personnel put them on a duty where they are: a
// holder that "has 3,500 military police officers guarding its prisons"
// has them posted, as one that has troops "massing" has them on the move
// (movingParticiples); either makes the figure a deployment, no strength.
var dutyParticiples = wordList("duty-participle")

// onDutyAfter reports a participle of duty or of movement at lim, right
// after the personnel.
func (a *analysis) onDutyAfter(lim int) bool {
	toks := a.d.toks
	return lim < len(toks) && (movingParticiples.hasToken(&toks[lim]) || dutyParticiples.hasToken(&toks[lim]))
}

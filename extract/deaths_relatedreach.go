package extract

// relatedBase returns the token from which relatedDeaths measures how far
// it looks for the parts and earlier figures of the figure at i that
// ends at offset end: the number, or four tokens before the figure's end
// where an aside inside the figure holds the verb back ("nine citizens,
// including four border guards and a boy, had been killed in Batken since
// the shooting began near a water point on Monday, up from six"), so that
// the aside does not use up the distance.
func (a *analysis) relatedBase(i, end int) int {
	if e := a.figureFirst(Deaths{Start: end}); e-4 > i {
		return e - 4
	}
	return i
}

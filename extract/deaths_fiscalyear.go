package extract

// fiscalWords may stand between "in" and a year that names a budget
// year: "in fiscal 2025", "in fiscal year 2023", "in the financial year
// 2024".
var fiscalWords = closedSet("fiscal", "financial", "year")

// fiscalYearAt returns the index after "fiscal", "financial" and "year"
// from e, where a year follows them, else e: the year of "in fiscal 2023"
// is read as the year of "in 2023" is.
func (a *analysis) fiscalYearAt(e int) int {
	toks := a.d.toks
	j := e
	for j < len(toks) && j < e+2 && fiscalWords.hasToken(&toks[j]) {
		j++
	}
	if j == e || j >= len(toks) {
		return e
	}
	if a.yearAt(j) {
		return j
	}
	return e
}

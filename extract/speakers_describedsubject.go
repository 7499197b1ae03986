package extract

// describesSubjectBefore reports an apposition opened by "a" or "an" at
// f right after a comma ("NAME, a lawmaker from the Progress Bloc, the
// ruling alliance, said"): it describes the subject before it, so a
// name inside it is not who speaks.
func (a *analysis) describesSubjectBefore(f int) bool {
	toks := a.d.toks
	return f > 0 && (toks[f].lower == "a" || toks[f].lower == "an") && toks[f-1].text == ","
}

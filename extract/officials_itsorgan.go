package extract

// itsOwnerElsewhere reports a title opened by "its" or "their" whose
// sentence and the one before name no international body: the pronoun
// stands for a body told just before ("The Ethiopian Human Rights
// Commission said ... Its chief commissioner, NAME,"), not for one the
// story names paragraphs away. "The African Union said ... Its
// commissioner for peace, NAME," stays the African Union's.
func (a *analysis) itsOwnerElsewhere(r *role) bool {
	toks := a.d.toks
	k := r.titleLo - 1
	if k < 0 || k >= len(toks) || toks[k].lower != "its" && toks[k].lower != "their" {
		return false
	}
	sent := toks[k].sent
	for _, o := range a.orgs {
		if s := toks[o.first].sent; (s == sent || s+1 == sent) && a.lx.orgs[o.org].Kind == "intl" {
			return false
		}
	}
	return true
}

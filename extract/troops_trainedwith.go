package extract

// trainedAlongside reports a number right after a verb of training and
// "with"/"alongside": "the sevens team trained with 12 soldiers from the
// army's physical training corps". Those trained beside are neither
// deployed nor pledged (GUIDELINES, Troops), as those trained are not
// (trainedObject); "300 soldiers to train with Estonian forces" keeps its
// figure, which comes before the verb.
func (a *analysis) trainedAlongside(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "with" && toks[k].lower != "alongside" {
		return false
	}
	return trainVerbs.hasToken(&toks[k-1])
}

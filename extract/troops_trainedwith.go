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

// deployedAfterTraining reports a relative clause after the trained
// figure n that deploys those trained: "offered to train 1,500 Lebanese
// soldiers, whom the army plans to deploy south of the river", "will
// train 2,000 soldiers, who will then be sent to the front". The
// trainees are then personnel to be deployed, which count.
func (a *analysis) deployedAfterTraining(n number) bool {
	toks := a.d.toks
	s := toks[n.first].sent
	r := -1
	for k := n.lim; k < len(toks) && k < n.lim+6 && toks[k].sent == s; k++ {
		if w := toks[k].lower; toks[k-1].text == "," && (w == "who" || w == "whom") {
			r = k
			break
		}
	}
	if r < 0 {
		return false
	}
	for k := r + 1; k < len(toks) && k <= r+8 && toks[k].sent == s && toks[k].text != ","; k++ {
		if deployVerbs.hasToken(&toks[k]) || sentParticiples.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

package extract

// diplomaticPostState returns the state of a diplomatic post named without
// its state in a title ("an embassy spokesman", "the embassy's
// spokesman") from the nearest earlier mention of that post with its state
// ("India's embassy in Kathmandu set up a helpline. ... an embassy
// spokesman, NAME, said"): the post's state, not the host's nor a state
// named in a quote of the role's sentence (r29f). "" when the title's post
// has a state of its own or none was named before.
func (a *analysis) diplomaticPostState(r *role) string {
	toks := a.d.toks
	k := r.titleLo - 1
	if k >= 1 && k < len(toks) && toks[k].lower == "'s" {
		k--
	}
	if k < 0 || k >= len(toks) || toks[k].cap || !diplomaticPosts.hasToken(&toks[k]) || a.bodyState(k) != "" {
		return ""
	}
	for j := k - 1; j >= 0 && j >= k-bodyAnaphorReach; j-- {
		if toks[j].lower != toks[k].lower {
			continue
		}
		if c := a.bodyState(j); c != "" {
			return c
		}
	}
	return ""
}

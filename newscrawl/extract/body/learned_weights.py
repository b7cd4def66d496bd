"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by
``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""

MODEL = {
    "features": ('log_chars', 'link_share', 'ends_sentence', 'punctuation', 'is_p', 'is_heading', 'is_list', 'before_body', 'after_headline', 'level', 'parent_is_unit_parent', 'named_furniture', 'named_lead', 'in_other_article', 'in_furniture_tag', 'body_class', 'scoring', 'parent_link_share', 'share_of_body', 'log_body_chars', 'gap', 'inside_body'),
    "means": (4.223638, 0.144717, 0.395659, 1.52304, 0.339733, 0.15818, 0.049666, 0.285476, 0.608932, 2.033806, 0.059265, 0.573873, 0.069699, 0.06177, 0.071786, 0.223289, 0.689065, 0.221874, 0.05231, 7.999587, 1.189225, 0.185309),
    "scales": (0.87724, 0.283124, 0.488992, 1.884324, 0.473618, 0.36491, 0.217254, 0.451641, 0.48799, 1.606833, 0.236121, 0.494513, 0.25464, 0.240737, 0.258134, 0.41645, 0.462876, 0.303079, 0.24459, 0.810917, 1.167018, 0.388548),
    "weights": (0.293912, -0.606206, -0.071077, 0.261296, 0.520686, -0.286576, -0.219744, 1.175918, 0.643458, 0.006394, 0.3765, -0.246643, 0.126698, -0.181132, -0.196404, -0.192306, 0.115914, -0.41214, 0.084091, -0.025925, -1.101509, 0.614862),
    "intercept": -3.791464,
    "threshold": 0.775,
}

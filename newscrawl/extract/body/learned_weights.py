"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by
``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""

MODEL = {
    "features": ('log_chars', 'link_share', 'ends_sentence', 'punctuation', 'is_p', 'is_heading', 'is_list', 'before_body', 'after_headline', 'level', 'parent_is_unit_parent', 'named_furniture', 'named_lead', 'in_other_article', 'in_furniture_tag', 'body_class', 'scoring', 'parent_link_share', 'share_of_body', 'log_body_chars', 'gap', 'inside_body'),
    "means": (4.809842, 0.182883, 0.56414, 1.678652, 0.426385, 0.087464, 0.079446, 0.233965, 0.650146, 2.119534, 0.021866, 0.61516, 0.10277, 0.088921, 0.079446, 0.300292, 0.744169, 0.218864, 0.080084, 8.031533, 1.017193, 0.187318),
    "scales": (0.700087, 0.312524, 0.495869, 1.514806, 0.494551, 0.282513, 0.270434, 0.42335, 0.476924, 1.646269, 0.146246, 0.486557, 0.303658, 0.28463, 0.270434, 0.458385, 0.436327, 0.295831, 0.320126, 0.788315, 1.096424, 0.390166),
    "weights": (0.495866, -1.002205, 0.14815, 0.079981, 0.591899, 0.061219, -0.157646, 1.123026, 0.674018, 0.037506, 0.165012, -0.289995, 0.117901, -0.175103, -0.046571, -0.256778, 0.325787, 0.174453, 0.066558, -0.110849, -0.789001, 0.959905),
    "intercept": -3.911145,
    "threshold": 0.775,
}

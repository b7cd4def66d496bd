"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by
``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""

MODEL = {
    "features": ('log_chars', 'link_share', 'ends_sentence', 'punctuation', 'is_p', 'is_heading', 'is_list', 'before_body', 'after_headline', 'level', 'parent_is_unit_parent', 'named_furniture', 'named_lead', 'in_other_article', 'in_furniture_tag', 'body_class', 'scoring', 'parent_link_share', 'share_of_body', 'log_body_chars', 'gap'),
    "means": (4.760998, 0.138446, 0.555975, 1.729741, 0.401258, 0.077987, 0.086792, 0.339623, 0.566038, 1.805031, 0.037736, 0.571069, 0.072956, 0.01761, 0.081761, 0.283019, 0.807547, 0.17008, 0.082035, 7.920507, 1.101202),
    "scales": (0.701546, 0.263707, 0.496857, 1.586184, 0.490153, 0.268152, 0.281531, 0.473581, 0.49562, 0.749658, 0.190557, 0.494923, 0.260064, 0.131529, 0.274, 0.450466, 0.394227, 0.24173, 0.251578, 0.751284, 1.070877),
    "weights": (0.800529, -0.360553, 0.357278, 0.224271, 0.495538, 0.223098, -0.005398, 1.082907, 0.450719, -0.082536, 0.235194, -0.501326, 0.170647, -0.204418, 0.037126, -0.152906, 0.229023, -0.430186, -0.489121, -0.193038, -0.828346),
    "intercept": -4.196731,
    "threshold": 0.65,
}

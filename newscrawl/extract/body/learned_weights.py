"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by
``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""

MODEL = {
    "features": ('log_chars', 'link_share', 'ends_sentence', 'punctuation', 'is_p', 'is_heading', 'is_list', 'before_body', 'after_headline', 'level', 'parent_is_unit_parent', 'named_furniture', 'named_lead', 'in_other_article', 'in_furniture_tag', 'body_class', 'scoring', 'parent_link_share', 'share_of_body', 'log_body_chars', 'gap', 'inside_body'),
    "means": (4.833076, 0.182758, 0.568165, 1.688584, 0.433309, 0.08622, 0.078113, 0.266028, 0.645542, 2.182756, 0.022108, 0.62196, 0.103906, 0.089904, 0.080324, 0.305822, 0.7465, 0.219588, 0.09026, 8.024748, 1.030706, 0.169492),
    "scales": (0.746344, 0.313248, 0.495332, 1.515747, 0.495532, 0.280688, 0.26835, 0.441879, 0.478349, 1.645582, 0.147033, 0.484898, 0.305138, 0.286044, 0.271795, 0.460755, 0.435015, 0.296848, 0.337332, 0.788014, 1.098969, 0.375185),
    "weights": (0.341982, -0.829518, 0.155347, 0.086215, 0.667317, 0.094007, 0.011458, 1.086609, 0.777184, -0.23969, 0.141266, -0.306768, 0.127688, -0.100483, -0.055271, -0.397068, 0.579541, 0.156827, 0.037104, -0.139746, -0.691093, 0.880617),
    "intercept": -3.901679,
    "threshold": 0.75,
}

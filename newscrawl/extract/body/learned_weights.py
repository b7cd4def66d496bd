"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by
``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""

MODEL = {
    "features": ('log_chars', 'link_share', 'ends_sentence', 'punctuation', 'is_p', 'is_heading', 'is_list', 'before_body', 'after_headline', 'level', 'parent_is_unit_parent', 'named_furniture', 'named_lead', 'in_other_article', 'in_furniture_tag', 'body_class', 'scoring', 'parent_link_share', 'share_of_body', 'log_body_chars', 'gap'),
    "means": (4.76181, 0.138272, 0.556533, 1.729831, 0.40201, 0.077889, 0.086683, 0.339196, 0.56407, 1.806533, 0.037688, 0.570352, 0.072864, 0.017588, 0.081658, 0.28392, 0.807789, 0.169944, 0.081959, 7.922152, 1.102831),
    "scales": (0.701479, 0.263587, 0.496794, 1.58519, 0.490304, 0.267998, 0.281371, 0.473436, 0.495878, 0.750382, 0.190442, 0.495026, 0.259914, 0.131448, 0.273843, 0.450898, 0.394038, 0.241609, 0.251429, 0.752243, 1.071189),
    "weights": (0.798572, -0.364624, 0.35591, 0.221327, 0.490714, 0.231613, 0.000905, 1.083474, 0.410425, -0.079559, 0.243001, -0.494265, 0.172808, -0.208595, 0.037174, -0.142785, 0.226847, -0.437597, -0.490324, -0.183543, -0.823294),
    "intercept": -4.18852,
    "threshold": 0.625,
}

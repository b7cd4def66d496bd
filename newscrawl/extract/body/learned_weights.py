"""The fitted weights of the learned body layer (:mod:`.learned`): numbers only, written by
``python -m newscrawl.evaluate.train_body --write``; None turns the layer off."""

MODEL = {
    "features": ('log_chars', 'link_share', 'ends_sentence', 'punctuation', 'is_p', 'is_heading', 'is_list', 'before_body', 'after_headline', 'level', 'parent_is_unit_parent', 'named_furniture', 'named_lead', 'in_other_article', 'in_furniture_tag', 'body_class', 'scoring', 'parent_link_share', 'share_of_body', 'log_body_chars', 'gap', 'inside_body'),
    "means": (4.206922, 0.119091, 0.40009, 1.612975, 0.338262, 0.146953, 0.052867, 0.268369, 0.62276, 1.882616, 0.06362, 0.530466, 0.042115, 0.030018, 0.069444, 0.236111, 0.682348, 0.200044, 0.053469, 8.021842, 1.11301, 0.214158),
    "scales": (0.903386, 0.241663, 0.489916, 1.971538, 0.473118, 0.354059, 0.223769, 0.443111, 0.484696, 1.559921, 0.244075, 0.499071, 0.200851, 0.170637, 0.254208, 0.424691, 0.465563, 0.275554, 0.253247, 0.84121, 1.153879, 0.410237),
    "weights": (0.285082, -0.719907, -0.077865, 0.219633, 0.403621, -0.433929, -0.402267, 1.254656, 0.832726, -0.057232, 0.318682, -0.350697, 0.048165, -0.168927, -0.277214, -0.318648, -0.090446, -0.545189, 0.109607, 0.149288, -1.021863, 0.810774),
    "intercept": -3.483463,
    "threshold": 0.8,
}

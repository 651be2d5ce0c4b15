"""What vulture takes for dead code in felles, and why each is alive.

`tests/unit/test_dead_code.py` runs `vulture felles tests/vulture_whitelist.py
--min-confidence 60`; a name that is really unused must go from the code, not come here.
Each entry is read by something vulture cannot follow: Typer registers commands by
decorator, Jinja2 templates read fields and properties by name, python-docx, pydantic and click
read attributes that felles sets, and `content/kinds.py` names model classes in a table.
"""

# ruff: noqa
# mypy: ignore-errors
_root  # unused function (felles/cli/app.py:44)
_.context_class  # unused attribute (felles/cli/danish_help.py:73)
init  # unused function (felles/cli/init.py:205)
invite  # unused function (felles/cli/invite.py:31)
next_  # unused function (felles/cli/next.py:24)
learning_goals  # unused variable (felles/cli/schema.py:19)
ledelsesgrundlag  # unused variable (felles/cli/schema.py:22)
about  # unused variable (felles/content/model.py:77)
tagline  # unused variable (felles/content/model.py:101)
LearningGoals  # unused class (felles/content/model.py:210)
Groups  # unused class (felles/content/model.py:236)
_.author  # unused attribute (felles/render/docx_write.py:65)
_.last_modified_by  # unused attribute (felles/render/docx_write.py:65)
_.page_height  # unused attribute (felles/render/docx_styles.py:20)
_.page_width  # unused attribute (felles/render/docx_styles.py:20)
_.bottom_margin  # unused attribute (felles/render/docx_styles.py:21)
_.top_margin  # unused attribute (felles/render/docx_styles.py:21)
_.left_margin  # unused attribute (felles/render/docx_styles.py:22)
_.right_margin  # unused attribute (felles/render/docx_styles.py:22)
_.rgb  # unused attribute (felles/render/docx_styles.py:43)
_.left_indent  # unused attribute (felles/render/docx_styles.py:44)
_.next_paragraph_style  # unused attribute (felles/render/docx_styles.py:45)
_.rgb  # unused attribute (felles/render/docx_styles.py:49)
_.next_paragraph_style  # unused attribute (felles/render/docx_styles.py:50)
_.rgb  # unused attribute (felles/render/docx_styles.py:54)
_.underline  # unused attribute (felles/render/docx_hyperlink.py:30)
_.rgb  # unused attribute (felles/render/docx_hyperlink.py:31)
intercepted_binops  # unused variable (felles/render/sandbox.py:36)
_.field_title_should_be_set  # unused method (felles/render/json_schema.py:33)
quarter  # unused variable (felles/render/timeline_axis.py:17)
today_text  # unused variable (felles/render/timeline.py:53)
_.baselines  # unused property (felles/render/wheel_labels.py:27)
_.detail_size  # unused property (felles/render/wheel_shapes.py:32)
hub  # unused variable (felles/render/wheel_shapes.py:49)
hub_fill  # unused variable (felles/render/wheel_shapes.py:51)
hub_colour  # unused variable (felles/render/wheel_shapes.py:52)
detail_radius  # unused variable (felles/render/wheel_shapes.py:54)
detail_side  # unused variable (felles/render/wheel_shapes.py:55)

"""``{% plotly_script %}``: plotly.js and the style sheets it would otherwise inject (see config.plotly_assets)."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join

from config import plotly_assets

register = template.Library()


@register.simple_tag
def plotly_script():
    # The sheets come first: plotly.js looks for their ids as it loads and injects nothing it finds there.
    links = format_html_join(
        "\n",
        '<link rel="stylesheet" id="{}"{} href="{}">',
        (
            (
                sheet.element_id,
                format_html(' class="{}"', sheet.css_class) if sheet.css_class else "",
                static(sheet.name),
            )
            for sheet in plotly_assets.stylesheets()
        ),
    )
    return format_html('{}\n<script src="{}"></script>', links, static(plotly_assets.SCRIPT_NAME))

"""A paper's picture, kept beside the papers in papers/hinh/, loads on the paper's page, served and from file://."""
PAGE = "vi-du-hoi-thao-mau/proceedings/post-harvest-losses-lychee/"


def picture_state(browser):
    return browser.execute_script(
        "const img = document.querySelector('main img[src$=\"ton-that-theo-khau.png\"]');"
        "return img && [img.complete, img.naturalWidth, img.getAttribute('width'), img.getAttribute('height'),"
        " img.getBoundingClientRect().width, document.documentElement.scrollWidth, window.innerWidth];")


def test_the_papers_picture_loads_with_its_size_and_stays_in_the_column(site, browser):
    output, base = site
    for address in [base + PAGE, (output / PAGE / "index.html").as_uri()]:
        for width in [390, 1280]:
            browser.set_window_size(width, 900)
            browser.get(address)
            state = picture_state(browser)
            assert state is not None, f"{address}: no picture"
            complete, natural, attribute_width, attribute_height, shown, page_width, window = state
            assert complete and natural == 480, f"{address} at {width}px: {state}"
            assert (attribute_width, attribute_height) == ("480", "240")
            assert shown <= window and page_width <= window, f"{address} at {width}px: {state}"
    browser.set_window_size(1280, 900)

"""The archive form's finishing on a small PDF made here: what it adds, drops and keeps (render/pdfa.py)."""

import io

import pikepdf

from eoffice_desktop.letterdata import ATTACHMENT
from eoffice_desktop.render.pdfa import save_archival, unembedded_fonts


def _qt_like(title: str) -> pikepdf.Pdf:
    """What Qt writes, in the parts that matter here: an information dictionary with an empty author and
    /Trapped, colour spaces declared on the page whether used or not, an empty /Names."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    page.obj.Contents = pdf.make_stream(b"/CSp cs 1 0 0 scn 0 0 10 10 re f")
    page.obj.Resources = pikepdf.Dictionary(
        ColorSpace=pikepdf.Dictionary(CSp=pikepdf.Name.DeviceRGB, CSpcmyk=pikepdf.Name.DeviceCMYK),
        Pattern=pikepdf.Dictionary(),
    )
    widget = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Sig,
            T=pikepdf.String("Signature1"),
            Rect=[100, 100, 300, 160],
            F=4,
        )
    )
    page.obj.Annots = pikepdf.Array([widget])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([widget]))
    pdf.docinfo.Title = pikepdf.String(title)
    pdf.docinfo.Author = pikepdf.String("")
    pdf.docinfo.Creator = pikepdf.String("eoffice-desktop test")
    pdf.docinfo.Producer = pikepdf.String("Qt")
    pdf.docinfo.Trapped = pikepdf.Name("/False")
    pdf.docinfo.CreationDate = pikepdf.String("D:20261205090000Z")
    pdf.Root.Names = pikepdf.Dictionary()
    return pdf


def test_metadata_is_written_afresh_and_agrees() -> None:
    title = "ขอเชิญประชุม & <ด่วน>"
    with _qt_like(title) as source:
        raw = save_archival(source)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        assert raw.startswith(b"%PDF-1.7")
        assert set(pdf.docinfo.keys()) == {"/Title", "/Creator", "/CreationDate", "/ModDate"}
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "3B"
        assert str(pdf.docinfo.Title) == meta["dc:title"] == title  # escaped in the XML, whole again here
        assert meta["xmp:CreatorTool"] == "eoffice-desktop test"
        assert meta["xmp:CreateDate"] == meta["xmp:ModifyDate"] == "2026-12-05T09:00:00+00:00"
        assert str(pdf.docinfo.CreationDate) == str(pdf.docinfo.ModDate) == "D:20261205090000+00'00'"


def test_the_title_given_wins_over_the_one_qt_wrote() -> None:
    with _qt_like("ขอเชิชประชุม") as source:  # what Qt's /Title makes of ญ
        raw = save_archival(source, "ขอเชิญประชุม")
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        assert str(pdf.docinfo.Title) == pdf.open_metadata()["dc:title"] == "ขอเชิญประชุม"


def test_output_intent_appearances_and_colour_spaces() -> None:
    with _qt_like("x") as source:
        raw = save_archival(source)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1 and intent.DestOutputProfile.N == 3
        (widget,) = pdf.pages[0].obj.Annots
        assert widget.AP.N.BBox == [0, 0, 200, 60]
        resources = pdf.pages[0].obj.Resources
        assert set(resources.ColorSpace.keys()) == {"/CSp"}  # the CMYK one was not used
        assert "/Pattern" not in resources
        assert "/AF" not in pdf.Root
        assert unembedded_fonts(pdf) == []


def test_embedded_files_become_associated_files() -> None:
    with _qt_like("x") as source:
        source.attachments[ATTACHMENT] = pikepdf.AttachedFileSpec(source, b"{}", mime_type="application/json")
        source.attachments["other.csv"] = pikepdf.AttachedFileSpec(source, b"a,b\n")
        raw = save_archival(source)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        relationships = {str(spec.F): spec.AFRelationship for spec in pdf.Root.AF}
        assert relationships == {ATTACHMENT: pikepdf.Name.Data, "other.csv": pikepdf.Name.Unspecified}
        for spec in pdf.Root.AF:
            params = spec.EF.F.stream_dict
            assert "/Subtype" in params and str(params.Params.ModDate) == "D:20261205090000+00'00'"


def test_a_font_without_its_program_is_found() -> None:
    with _qt_like("x") as pdf:
        helvetica = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=pdf.make_indirect(helvetica))
        assert unembedded_fonts(pdf) == ["/Helvetica"]


def test_a_colour_space_is_kept_only_when_named_whole_in_the_content() -> None:
    from eoffice_desktop.render.pdfa import drop_unused_colour_resources

    with _qt_like("x") as pdf:
        page = pdf.pages[0]
        page.obj.Contents = pdf.make_stream(b"/CSpg cs 0.5 scn 0 0 10 10 re f\n/CSpcmyk/CSp")
        page.obj.Resources.ColorSpace = pikepdf.Dictionary(
            CSp=pikepdf.Name.DeviceRGB,
            CSpg=pikepdf.Name.DeviceGray,
            CSpcmyk=pikepdf.Name.DeviceCMYK,
            PCSp=pikepdf.Name.DeviceRGB,
        )
        drop_unused_colour_resources(pdf)
        assert set(page.obj.Resources.ColorSpace.keys()) == {"/CSp", "/CSpg", "/CSpcmyk"}
        page.obj.Contents = pdf.make_stream(b"/CSpg cs 0.5 scn 0 0 10 10 re f")
        drop_unused_colour_resources(pdf)
        assert set(page.obj.Resources.ColorSpace.keys()) == {"/CSpg"}

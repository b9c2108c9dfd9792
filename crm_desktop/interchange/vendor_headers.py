"""Column headers that CRMs and address books write in their contact and customer exports."""

from __future__ import annotations

from dataclasses import dataclass, field

Table = dict[str, tuple[str, ...]]


def _block(prefix: str, *, zips: tuple[str, ...] = ("Zip/Postal Code", "Postal Code", "Zip", "Zip Code")) -> Table:
    """One prefixed address block: "Mailing Street", "MailingStreet" (keys ignore spacing), "Mailing City" ..."""
    p = f"{prefix} "
    return {
        "street": (f"{p}Street", f"{p}Address"),
        "city": (f"{p}City",),
        "province": (f"{p}State", f"{p}State/Province", f"{p}Province", f"{p}Region"),
        "postal_code": tuple(p + z for z in zips),
        "country": (f"{p}Country", f"{p}Country/Region"),
    }


def _zh_block(prefix: str) -> Table:
    """Chinese Outlook's address blocks: "商务地址 街道", "商务地址 市/县" ..."""
    p = f"{prefix} "
    return {"street": (f"{p}街道", prefix), "city": (f"{p}市/县",), "province": (f"{p}省/市/自治区",),
            "postal_code": (f"{p}邮政编码",), "country": (f"{p}国家/地区",)}


def _parts_of(name: str) -> Table:
    """Pipedrive splits an address field into "City/town of Address", "Country of Postal address" ..."""
    return {
        "street": (f"Street/road name of {name}", f"Full/combined address of {name}"),
        "city": (f"City/town of {name}", f"City/town/village/locality of {name}"),
        "district": (f"District/sublocality of {name}",),
        "province": (f"State/county of {name}", f"Region of {name}"),
        "postal_code": (f"ZIP/Postal code of {name}",),
        "country": (f"Country of {name}",),
    }


# Outlook CSV, English and Chinese (Outlook for Windows "Export to a file"): the business address is the
# main one; home and other addresses stand in only when it is missing.
OUTLOOK_ADDRESS = _block("Business")
OUTLOOK_ADDRESS_WEAK = [_block("Home"), _block("Other"), _zh_block("住宅地址"), _zh_block("其他地址")]
OUTLOOK_ZH_ADDRESS = _zh_block("商务地址")

# Google Contacts CSV, the old (Given Name, "E-mail 1 - Value") and the 2023 layout ("E-mail 1 - Label");
# "Address 2 - City" and "Phone 3 - Value" are read through their number-free forms.
GOOGLE_ADDRESS = {"street": ("Address 1 - Street",), "city": ("Address 1 - City",),
                  "province": ("Address 1 - Region",), "postal_code": ("Address 1 - Postal Code",),
                  "country": ("Address 1 - Country",)}
GOOGLE_ADDRESS_WEAK = {"street": ("Address 1 - Formatted",)}
GOOGLE_CONTACT = {
    "company": ("Organization 1 - Name",),
    "title": ("Organization Title", "Organization 1 - Title"),
    "department": ("Organization Department", "Organization 1 - Department"),
    "email": ("E-mail 1 - Value",),
    # The kind of a Google phone is in its "Phone 1 - Label" cell (mapping.paired_type_columns).
    "other_phone": ("Phone 1 - Value",),
}
GOOGLE_ACCOUNT = {"name": ("Organization 1 - Name",), "website": ("Website 1 - Value",)}

# Microsoft Dynamics 365 "Export to Excel": display names of the contact and account columns
# (learn.microsoft.com Dataverse contact/account entity reference: "Address 1: ZIP/Postal Code").
DYNAMICS_ADDRESS = {"street": ("Address 1: Street 1",), "city": ("Address 1: City",),
                    "province": ("Address 1: State/Province",), "postal_code": ("Address 1: ZIP/Postal Code",),
                    "country": ("Address 1: Country/Region",), "district": ("Address 1: County",)}

# Salesforce: report labels ("Mailing Zip/Postal Code", "Contact Owner") and Data Export API names
# (MailingPostalCode, MobilePhone, LeadSource, CreatedDate: the same keys once spacing is ignored).
# Contacts live at the Mailing address, accounts at the Billing one.
SALESFORCE_CONTACT = {**_block("Mailing"), "owner": ("Contact Owner", "Lead Owner"),
                      "notes": ("Contact Description", "Lead Description")}
SALESFORCE_CONTACT_WEAK = [_block("Other"), _block("Billing")]
SALESFORCE_ACCOUNT = {**_block("Billing", zips=("Zip/Postal Code", "Postal Code", "Zip", "Code")),
                      "notes": ("Account Description",), "phone": ("Account Phone",), "status": ("Account Status",)}
SALESFORCE_ACCOUNT_WEAK = [_block("Shipping", zips=("Zip/Postal Code", "Postal Code", "Zip", "Code")),
                           _block("Mailing")]

# HubSpot exports write property labels: "Contact owner", "Mobile Phone Number", "Create Date",
# "State/Region", "Original Source"; companies "Company Domain Name", "Company owner".
HUBSPOT_CONTACT = {"owner": ("Contact owner", "HubSpot Owner"), "source": ("Original Source",),
                   "email": ("Additional email addresses",)}
HUBSPOT_CONTACT_WEAK = {"company": ("Associated Company",)}
HUBSPOT_ACCOUNT = {"website": ("Company Domain Name", "Domain"), "source": ("Original Source",),
                   "owner": ("HubSpot Owner",)}

# Zoho CRM: "Contact Owner", "Mailing Zip", "Other Street", "Created Time", "Secondary Email"; accounts
# "Billing Code" for the billing postcode. Mailing/Other and Billing/Shipping come from the blocks above.

# Pipedrive writes "Entity - Field" ("Person - Phone - Work"); mapping strips the entity and reads the rest.
PIPEDRIVE_CONTACT = {
    "phone": ("Phone - Work",), "mobile": ("Phone - Mobile",), "home_phone": ("Phone - Home",),
    "other_phone": ("Phone - Other",), "email": ("Email - Work", "Email - Home", "Email - Other"),
    "created_at": ("Person created",), **_parts_of("Postal address"),
}
PIPEDRIVE_ACCOUNT = {"created_at": ("Organization created", "Organisation created"), **_parts_of("Address")}

# Chinese CRMs and ERPs. 悟空CRM (5kcrm_admin_field: 客户名称, 客户级别, 客户行业, 客户来源, 负责人, 创建人,
# 下次联系时间), 纷享销客 (负责人, 所属部门, 最后跟进时间, 省/市/区, 详细地址), 销售易 (所有人, 创建日期),
# 钉钉 CRM (联系人姓名, 手机号), 金蝶 (客户编码, 业务员 or 销售员, 邮政编码), 用友 U8/YonSuite (专管业务员,
# 专管部门, 发展日期 or 建档日期, Email地址). Most of their headers are the common words in header_synonyms;
# these are the rest.
CHINESE_CONTACT = {"owner": ("专管业务员", "客户所有人", "销售员"),
                   "created_at": ("建档日期", "建档时间", "发展日期", "添加时间"),
                   "source": ("添加渠道",)}
# 企业微信 customer exports: the employee who added the customer is its owner unless a 负责人 is given.
CHINESE_CONTACT_WEAK = {"owner": ("添加人", "所属员工"), "name": ("备注名",)}
CHINESE_ACCOUNT = {"owner": ("专管业务员", "客户所有人", "销售员"),
                   "created_at": ("建档日期", "建档时间", "发展日期")}


@dataclass(frozen=True)
class Profile:
    """An export recognised by headers only it writes, whose other headers mean something unusual."""

    entity: str
    marks: tuple[str, ...]  # all present
    any_of: tuple[str, ...]  # at least one present
    fields: dict[str, str | None] = field(default_factory=dict)  # header -> field, None to leave unmapped


PROFILES = (
    # 企业微信: 客户名称 is the customer's WeChat nickname, 备注名 the name the rep saved, 企业 the company,
    # and 所属部门 the department of the employee who added the customer.
    Profile("contact", marks=("备注名",), any_of=("添加人", "所属员工", "添加时间"),
            fields={"客户名称": None, "备注名": "name", "企业": "company", "所属部门": None}),
)

# European Outlook and address books (German, French, Spanish): the same columns in the user's language.
EUROPEAN_CONTACT = {
    "first_name": ("Vorname", "Prénom", "Nombre"),
    "last_name": ("Nachname", "Nom", "Apellidos", "Apellido"),
    "middle_name": ("Weitere Vornamen", "Deuxième prénom", "Segundo nombre"),
    "company": ("Firma", "Unternehmen", "Société", "Entreprise", "Organización", "Compañía", "Empresa"),
    "department": ("Abteilung", "Service", "Departamento"),
    "title": ("Position", "Funktion", "Berufsbezeichnung", "Fonction", "Poste", "Puesto", "Cargo"),
    "phone": ("Telefon geschäftlich", "Telefon (geschäftlich)", "Telefon", "Téléphone bureau", "Téléphone",
              "Teléfono del trabajo", "Teléfono"),
    "mobile": ("Mobiltelefon", "Mobil", "Handy", "Tél. mobile", "Téléphone mobile", "Portable", "Teléfono móvil",
               "Móvil", "Celular"),
    "home_phone": ("Telefon privat", "Téléphone domicile", "Teléfono particular"),
    "fax": ("Fax geschäftlich", "Telefax", "Télécopie bureau", "Fax del trabajo"),
    "other_phone": ("Weiteres Telefon", "Autre téléphone", "Otro teléfono"),
    "email": ("E-Mail-Adresse", "E-Mail", "E-Mail 2: Adresse", "Adresse de messagerie", "Courriel",
              "Dirección de correo electrónico", "Correo electrónico"),
    "street": ("Straße geschäftlich", "Straße", "Rue (bureau)", "Adresse", "Calle del trabajo", "Dirección"),
    "city": ("Ort geschäftlich", "Ort", "Stadt", "Ville (bureau)", "Ville", "Ciudad de trabajo", "Ciudad"),
    "province": ("Region geschäftlich", "Bundesland", "Dép/Région (bureau)", "Provincia o estado del trabajo"),
    "postal_code": ("Postleitzahl geschäftlich", "Postleitzahl", "PLZ", "Code postal (bureau)", "Code postal",
                    "Código postal del trabajo", "Código postal"),
    "country": ("Land/Region geschäftlich", "Land", "Pays/Région (bureau)", "Pays", "País o región del trabajo",
                "País"),
    "birthday": ("Geburtstag", "Geburtsdatum", "Anniversaire", "Date de naissance", "Cumpleaños"),
    "notes": ("Notizen", "Bemerkungen", "Notas"),
    "tags": ("Kategorien", "Catégories", "Categorías"),
    "created_at": ("Erstellt am", "Angelegt am", "Erstellungsdatum", "Date de création", "Créé le",
                   "Fecha de creación"),
    "owner": ("Besitzer", "Verantwortlich", "Propriétaire", "Propietario"),
    "source": ("Quelle", "Herkunft", "Origine", "Origen"),
}
EUROPEAN_ACCOUNT = {"name": EUROPEAN_CONTACT["company"], "phone": EUROPEAN_CONTACT["phone"],
                    **{k: EUROPEAN_CONTACT[k] for k in ("street", "city", "province", "postal_code", "country",
                                                          "notes", "created_at", "owner")}}

ADDRESS = [OUTLOOK_ADDRESS, OUTLOOK_ZH_ADDRESS, GOOGLE_ADDRESS, DYNAMICS_ADDRESS]
ADDRESS_WEAK = [*OUTLOOK_ADDRESS_WEAK, GOOGLE_ADDRESS_WEAK]
CONTACT = [GOOGLE_CONTACT, SALESFORCE_CONTACT, HUBSPOT_CONTACT, PIPEDRIVE_CONTACT, CHINESE_CONTACT, EUROPEAN_CONTACT]
CONTACT_WEAK = [*SALESFORCE_CONTACT_WEAK, HUBSPOT_CONTACT_WEAK, CHINESE_CONTACT_WEAK]
ACCOUNT = [GOOGLE_ACCOUNT, SALESFORCE_ACCOUNT, HUBSPOT_ACCOUNT, PIPEDRIVE_ACCOUNT, CHINESE_ACCOUNT, EUROPEAN_ACCOUNT]
ACCOUNT_WEAK = [*SALESFORCE_ACCOUNT_WEAK, {"phone": ("Other Phone",)}]

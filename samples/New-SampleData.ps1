#Requires -Version 7.2
<#
.SYNOPSIS
    Generates samples/orders.json: a realistic, deterministic document of web-shop orders.
.DESCRIPTION
    The same -Seed and -Count always give the same file, byte for byte, so the committed orders.json can
    be regenerated and compared. Everything random comes from one seeded System.Random; dates count from a
    fixed start, never from the clock.

    The document is an object with a few header fields and an "orders" array, written one order per line
    so that it stays small and diffs stay readable. Each order has nested objects (customer, address),
    arrays of objects (items), arrays of strings (tags), ISO 8601 dates, decimal amounts and nulls.
.EXAMPLE
    dotnet pwsh ./samples/New-SampleData.ps1
#>
[CmdletBinding()]
param(
    [int] $Count = 3000,
    [int] $Seed = 20250101,
    [string] $Path = (Join-Path $PSScriptRoot 'orders.json')
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$random = [System.Random]::new($Seed)
$start = [DateTime]::new(2025, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)

$firstNames = 'Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Sofía', 'Mateo', 'Chloé', 'Lucas',
    'Zoë', 'Jonas', 'Mia', 'Elias', 'Aiko', 'Kenji', 'Priya', 'Arjun', 'Fatima', 'Omar', 'Ingrid', 'Søren',
    'Léa', 'Hugo', 'Giulia', 'Marco', 'Ana', 'João', 'Chen', 'Mei', 'Olga', 'Dmitri', 'Nia', 'Kwame'
$lastNames = 'Smith', 'Johnson', 'Müller', 'Schmidt', 'García', 'Fernández', 'Rossi', 'Bianchi', 'Dubois',
    'Lefèvre', 'Nakamura', 'Tanaka', 'Patel', 'Sharma', 'Haddad', 'Larsen', 'Nielsen', 'Kowalski', 'Silva',
    'Santos', 'Wang', 'Li', 'Ivanova', 'Petrov', 'Okafor', 'Mensah', "O'Brien", 'van der Berg', 'Novak'
$places = @(
    @{ city = 'Berlin'; country = 'DE' }, @{ city = 'München'; country = 'DE' }, @{ city = 'Paris'; country = 'FR' },
    @{ city = 'Lyon'; country = 'FR' }, @{ city = 'Madrid'; country = 'ES' }, @{ city = 'Milano'; country = 'IT' },
    @{ city = 'London'; country = 'GB' }, @{ city = 'Dublin'; country = 'IE' }, @{ city = 'Amsterdam'; country = 'NL' },
    @{ city = 'København'; country = 'DK' }, @{ city = 'Warszawa'; country = 'PL' }, @{ city = 'Lisboa'; country = 'PT' },
    @{ city = 'New York'; country = 'US' }, @{ city = 'Austin'; country = 'US' }, @{ city = 'Toronto'; country = 'CA' },
    @{ city = 'Tokyo'; country = 'JP' }, @{ city = 'Bengaluru'; country = 'IN' }, @{ city = 'São Paulo'; country = 'BR' }
)
$streets = 'Main Street', 'Hauptstraße', 'Rue de la Paix', 'Calle Mayor', 'Via Roma', 'High Street', 'Elm Avenue',
    'Kongens Gade', 'Baker Street', 'Oak Lane', 'Market Square', 'Station Road'
$products = @(
    @{ sku = 'KB-1001'; name = 'Mechanical keyboard'; price = 89.90 }, @{ sku = 'MS-2040'; name = 'Wireless mouse'; price = 24.99 },
    @{ sku = 'MN-2701'; name = '27" 4K monitor'; price = 329.00 }, @{ sku = 'CB-0100'; name = 'USB-C cable, 1 m'; price = 9.49 },
    @{ sku = 'HS-3300'; name = 'Noise-cancelling headset'; price = 149.00 }, @{ sku = 'WC-0720'; name = 'HD webcam'; price = 54.95 },
    @{ sku = 'DK-5500'; name = 'Docking station'; price = 189.00 }, @{ sku = 'SS-1024'; name = 'Portable SSD, 1 TB'; price = 99.99 },
    @{ sku = 'LS-0042'; name = 'Laptop stand'; price = 39.00 }, @{ sku = 'MP-0009'; name = 'Desk mat'; price = 14.50 },
    @{ sku = 'CH-9000'; name = 'Ergonomic chair'; price = 449.00 }, @{ sku = 'LM-0315'; name = 'LED desk lamp'; price = 32.75 }
)
$statuses = 'pending', 'paid', 'paid', 'shipped', 'shipped', 'shipped', 'delivered', 'delivered', 'delivered', 'cancelled', 'refunded'
$currencies = 'EUR', 'EUR', 'EUR', 'USD', 'USD', 'GBP'
$tagPool = 'gift', 'express', 'first-order', 'b2b', 'newsletter', 'discount', 'fragile', 'repeat-customer', 'marketplace'
$noteTexts = 'Leave the parcel with the neighbour.', 'Please ring twice.', 'Invoice to the company address.',
    'Deliver after 5 pm.', 'Gift wrap, no prices on the slip.'

function Get-Pick([object[]] $From) { $From[$random.Next($From.Count)] }

function ConvertTo-Ascii([string] $Text) {
    # Email addresses use the name without accents or punctuation: 'Zoë O'Brien' -> 'zoe.obrien'.
    $letters = $Text.Normalize([Text.NormalizationForm]::FormD).ToCharArray() |
        Where-Object { [Globalization.CharUnicodeInfo]::GetUnicodeCategory($_) -ne 'NonSpacingMark' }
    (-join $letters).ToLowerInvariant() -replace '[^a-z0-9]', ''
}

function New-Customer([int] $Number) {
    $first = Get-Pick $firstNames
    $last = Get-Pick $lastNames
    $place = Get-Pick $places
    [ordered]@{
        id      = 'C{0:D5}' -f $Number
        name    = "$first $last"
        email   = '{0}.{1}@example.{2}' -f (ConvertTo-Ascii $first), (ConvertTo-Ascii $last), ($place.country.ToLowerInvariant())
        address = [ordered]@{
            street  = '{0} {1}' -f (Get-Pick $streets), $random.Next(1, 200)
            city    = $place.city
            country = $place.country
        }
    }
}

function New-Items {
    $lineCount = $random.Next(1, 6)
    for ($line = 0; $line -lt $lineCount; $line++) {
        $product = Get-Pick $products
        [ordered]@{ sku = $product.sku; name = $product.name; qty = $random.Next(1, 4); price = [decimal] $product.price }
    }
}

function New-Tags {
    $tagCount = $random.Next(0, 4)
    $tags = [System.Collections.Generic.List[string]]::new()
    while ($tags.Count -lt $tagCount) {
        $tag = Get-Pick $tagPool
        if (-not $tags.Contains($tag)) { $tags.Add($tag) }
    }
    , $tags.ToArray()
}

function New-Order([int] $Number) {
    $items = @(New-Items)
    $total = [decimal] 0
    foreach ($item in $items) { $total += $item.qty * $item.price }
    [ordered]@{
        id        = 100000 + $Number
        createdAt = $start.AddSeconds($Number * 8640 + $random.Next(0, 8640)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [cultureinfo]::InvariantCulture)
        status    = Get-Pick $statuses
        total     = [decimal]::Round($total, 2)
        currency  = Get-Pick $currencies
        customer  = Get-Pick $customers
        items     = $items
        tags      = New-Tags
        notes     = if ($random.Next(4) -eq 0) { Get-Pick $noteTexts } else { $null }
    }
}

$header = [ordered]@{
    description = 'DeepCopy sample data: web-shop orders. Generated by samples/New-SampleData.ps1; do not edit by hand.'
    seed        = $Seed
    count       = $Count
}
# Returning customers: orders draw from a fixed pool, so a customer's name and address repeat.
$customers = foreach ($number in 1..[Math]::Max(1, [int] ($Count * 0.3))) { New-Customer $number }
$lines = for ($number = 1; $number -le $Count; $number++) {
    '    ' + (New-Order $number | ConvertTo-Json -Depth 5 -Compress)
}
$headerLines = foreach ($key in $header.Keys) { '  "{0}": {1}' -f $key, (ConvertTo-Json $header[$key]) }
$document = "{`n" + ($headerLines -join ",`n") + ",`n  `"orders`": [`n" + ($lines -join ",`n") + "`n  ]`n}`n"

# Fail here rather than in a demo: the document must parse and hold every order.
if (($document | ConvertFrom-Json).orders.Count -ne $Count) { throw 'The generated document does not round-trip.' }
[IO.File]::WriteAllText($Path, $document, [Text.UTF8Encoding]::new($false))
Write-Host ('Wrote {0} orders to {1} ({2:N0} bytes).' -f $Count, $Path, (Get-Item -LiteralPath $Path).Length)

#Requires -Version 7.2
# Dependency hygiene: the module must load beside whatever a session has loaded already, and must not ship assemblies
# that PowerShell itself provides or that are newer than the oldest runtime it supports.
#
# PowerShell 7.4, the oldest supported PowerShell 7, runs on .NET 8. An assembly that the module ships and .NET also
# provides (System.Text.Json, when the Json strategy lands) must be 8.0 or older: the module's code is then bound to the
# runtime's own copy, and the shipped copy is only used by Windows PowerShell 5.1, whose .NET Framework has none.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    . (Join-Path $PSScriptRoot 'Support/FreshPwsh.ps1')
    if (-not $env:DEEPCOPY_MODULE_PATH) {
        throw 'DEEPCOPY_MODULE_PATH is not set: run the tests through ./build.ps1 -Task Test.'
    }
    $script:ModuleDir = (Resolve-Path -LiteralPath $env:DEEPCOPY_MODULE_PATH).Path
    $script:ShippedAssemblies = @(Get-ChildItem -LiteralPath $ModuleDir -Recurse -Filter '*.dll' -File | ForEach-Object {
            # GetAssemblyName reads the metadata without loading the assembly.
            [pscustomobject]@{ File = $_.Name; Name = [System.Reflection.AssemblyName]::GetAssemblyName($_.FullName) }
        })
}

Describe 'The staged module''s assemblies' {
    It 'ships DeepCopy.dll and DeepCopy.Core.dll' {
        Should-ContainCollection -Expected 'DeepCopy.dll' -Actual @($ShippedAssemblies.File)
        Should-ContainCollection -Expected 'DeepCopy.Core.dll' -Actual @($ShippedAssemblies.File)
    }

    It 'does not ship PowerShell''s own assemblies (System.Management.Automation, Microsoft.PowerShell.*)' {
        $powerShell = @($ShippedAssemblies | Where-Object { $_.Name.Name -eq 'System.Management.Automation' -or $_.Name.Name -like 'Microsoft.PowerShell.*' })
        Should-BeCollection -Count 0 -Actual $powerShell -Because "PowerShell provides them: $(($powerShell | ForEach-Object File) -join ', ')"
    }

    It 'ships no System.Text.Json newer than 8.0, so the module loads on PowerShell 7.4 (.NET 8)' {
        foreach ($json in $ShippedAssemblies | Where-Object { $_.Name.Name -eq 'System.Text.Json' }) {
            Should-BeLessThan -Expected ([version] '9.0') -Actual $json.Name.Version -Because "$($json.File) is $($json.Name.Version)"
        }
    }

    It 'ships no other framework assembly (System.*, Microsoft.Bcl.*, Microsoft.Extensions.*) newer than 8.0' {
        $tooNew = @($ShippedAssemblies | Where-Object {
                $_.Name.Name -match '^(System\.|Microsoft\.Bcl\.|Microsoft\.Extensions\.)' -and $_.Name.Version -ge [version] '9.0'
            } | ForEach-Object { "$($_.File) $($_.Name.Version)" })
        Should-BeCollection -Count 0 -Actual $tooNew -Because "PowerShell 7.4 runs on .NET 8: $($tooNew -join ', ')"
    }
}

Describe 'The shipped assemblies'' references to each other (Windows PowerShell 5.1 binds them through the module''s resolver)' {
    BeforeAll {
        # Every reference a shipped assembly makes, read from its metadata without loading it.
        $script:References = @(foreach ($file in Get-ChildItem -LiteralPath $ModuleDir -Filter '*.dll' -File) {
                $stream = [IO.File]::OpenRead($file.FullName)
                try {
                    $pe = [System.Reflection.PortableExecutable.PEReader]::new($stream)
                    $metadata = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
                    foreach ($handle in $metadata.AssemblyReferences) {
                        $reference = $metadata.GetAssemblyReference($handle)
                        $token = $metadata.GetBlobBytes($reference.PublicKeyOrToken)
                        [pscustomobject]@{
                            From    = $file.Name
                            Name    = $metadata.GetString($reference.Name)
                            Version = $reference.Version
                            Token   = [BitConverter]::ToString($token)
                        }
                    }
                    $pe.Dispose()
                }
                finally { $stream.Dispose() }
            })
        $script:Shipped = @{}
        foreach ($assembly in $ShippedAssemblies) { $Shipped[$assembly.Name.Name] = $assembly.Name }
    }

    It 'has a shipped file, of the same publisher and at least the version asked for, for every library reference' {
        # .NET Framework 4.7.2+ provides these itself; PowerShell provides System.Management.Automation.
        $provided = 'netstandard', 'mscorlib', 'System.Management.Automation', 'System.Reflection.Emit.ILGeneration', 'System.Reflection.Emit.Lightweight'
        $unsatisfied = @($References | Where-Object { $provided -notcontains $_.Name } | Where-Object {
                $file = $Shipped[$_.Name]
                -not $file -or $file.Version -lt $_.Version -or
                ($_.Token -and [BitConverter]::ToString($file.GetPublicKeyToken()) -ne $_.Token)
            } | ForEach-Object { "$($_.From) -> $($_.Name) $($_.Version)" })
        Should-BeCollection -Count 0 -Actual $unsatisfied -Because "no shipped file satisfies: $($unsatisfied -join '; ')"
    }

    It 'needs the resolver: some references ask for an older version than the file shipped (the case it exists for)' {
        $older = @($References | Where-Object { $Shipped[$_.Name] -and $Shipped[$_.Name].Version -gt $_.Version })
        Should-BeGreaterThan -Expected 0 -Actual $older.Count
    }
}

Describe 'Importing DeepCopy into a session that has loaded common assemblies first' {
    BeforeAll {
        $script:Run = Invoke-FreshPwsh -Script @'
# What a typical session has loaded before a user imports the module: JSON through the framework and through
# PowerShell, the utility and management modules, and PSReadLine where it is installed.
$null = [System.Text.Json.JsonSerializer]::Serialize(@{ warm = 1 }, [hashtable], [System.Text.Json.JsonSerializerOptions]::new())
$null = [System.Text.Json.JsonDocument]::Parse('{"a":[1,2]}')
$null = [System.Text.Encodings.Web.JavaScriptEncoder]::Default
$null = @{ a = @{ b = 1 } } | ConvertTo-Json | ConvertFrom-Json -AsHashtable
Import-Module Microsoft.PowerShell.Utility, Microsoft.PowerShell.Management
$null = Get-ChildItem -LiteralPath $PSHOME | Select-Object -First 1
if (Get-Module -ListAvailable -Name PSReadLine) { Import-Module PSReadLine }
$before = @([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $_.GetName().Name })

$module = Import-Module $env:DEEPCOPY_MODULE_PATH -PassThru
$source = @{
    name   = 'settings'
    nested = [ordered]@{ list = [System.Collections.Generic.List[int]]@(1, 2); when = [datetime]'2024-01-02' }
    object = [pscustomobject]@{ flag = $true; json = ('{"x":{"y":[1,2]}}' | ConvertFrom-Json) }
}
$copies = foreach ($strategy in [enum]::GetNames([DeepCopy.Core.DeepCopyStrategy])) {
    $copy = Copy-DeepObject $source -Strategy $strategy
    # Json gives lists back as fixed-size object[] (a documented loss), so its copy grows by +=.
    if ($copy.nested.list -is [array]) { $copy.nested.list += 3 } else { $copy.nested.list.Add(3) }
    @{ Strategy = $strategy; CopyCount = $copy.nested.list.Count; SourceCount = $source.nested.list.Count; Y = $copy.object.json.x.y[1] }
}

$moduleBase = [IO.Path]::GetFullPath($module.ModuleBase)
$loaded = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not $_.IsDynamic })
Write-TestResult @{
    Copies            = @($copies)
    Errors            = @($Error | ForEach-Object { "$_" })
    DuplicateNames    = @($loaded | Group-Object { $_.GetName().Name } | Where-Object Count -GT 1 | ForEach-Object Name)
    FromModuleFolder  = @($loaded | Where-Object { $_.Location -and [IO.Path]::GetFullPath($_.Location).StartsWith($moduleBase) } |
        ForEach-Object { $_.GetName().Name })
    JsonLoadedBefore  = $before -contains 'System.Text.Json'
    JsonLocation      = ($loaded | Where-Object { $_.GetName().Name -eq 'System.Text.Json' } | Select-Object -First 1).Location
}
'@
        $script:Result = $Run.Result
    }

    It 'imports and copies with every strategy, without an error' {
        Should-Be -Expected 0 -Actual $Run.ExitCode -Because (Format-ChildFailure $Run)
        Should-BeCollection -Count 0 -Actual @($Result.Errors) -Because ($Result.Errors -join '; ')
        Should-BeGreaterThan -Expected 0 -Actual @($Result.Copies).Count
        foreach ($copy in $Result.Copies) {
            Should-Be -Expected 3 -Actual $copy.CopyCount -Because "the $($copy.Strategy) copy"
            Should-Be -Expected 2 -Actual $copy.SourceCount -Because "the source, after the $($copy.Strategy) copy changed"
            Should-Be -Expected 2 -Actual $copy.Y -Because "the $($copy.Strategy) copy of ConvertFrom-Json output"
        }
    }

    It 'had System.Text.Json loaded before the import (the case under test)' {
        Should-BeTrue -Actual $Result.JsonLoadedBefore
    }

    It 'leaves one copy of every assembly in the process' {
        Should-BeCollection -Count 0 -Actual @($Result.DuplicateNames) -Because "loaded twice: $($Result.DuplicateNames -join ', ')"
    }

    It 'loads only its own assemblies from its folder: the runtime provides the rest' {
        Should-BeInOrder -Expected @('DeepCopy', 'DeepCopy.Core') -Actual @($Result.FromModuleFolder | Sort-Object)
        Should-BeFalse -Actual ([IO.Path]::GetFullPath($Result.JsonLocation).StartsWith($ModuleDir)) `
            -Because "System.Text.Json must be the runtime's, not $($Result.JsonLocation)"
    }
}

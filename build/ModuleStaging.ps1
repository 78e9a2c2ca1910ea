# Staging the module folder (out/DeepCopy) from a build: the manifest stamped with the version, the assemblies, the
# format file, the .NET Framework check, the licence and the help; then a check that every file the manifest lists is
# there. Dot-sourced by build.ps1, whose variables ($RepoRoot, $ModuleDir, $Configuration) and helpers it uses.

function Publish-ModuleFolder {
    Write-Step "Staging the module at $([IO.Path]::GetRelativePath($RepoRoot, $ModuleDir))"
    Reset-Directory $ModuleDir
    Copy-Manifest
    Copy-ModuleAssemblies
    Copy-OptionalModuleFiles
    Assert-ListedFilesStaged
    Get-ChildItem -LiteralPath $ModuleDir -Recurse -File |
        ForEach-Object { Write-Host "    $([IO.Path]::GetRelativePath($ModuleDir, $_.FullName))" }
}

function Copy-Manifest {
    $version = Get-ModuleVersion
    $pattern = "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'"
    $text = Get-Content -LiteralPath (Join-Path $RepoRoot 'DeepCopy.psd1') -Raw
    if ([regex]::Matches($text, $pattern).Count -ne 1) {
        throw "DeepCopy.psd1 must contain exactly one line of the form: ModuleVersion = '1.2.3'"
    }
    $stamped = [regex]::Replace($text, $pattern, "`${1}'$version'")
    $target = Join-Path $ModuleDir 'DeepCopy.psd1'
    [IO.File]::WriteAllText($target, $stamped, [Text.UTF8Encoding]::new($false))

    # Parsing it again proves the stamp produced a valid data file with the intended version.
    $staged = Import-PowerShellDataFile -LiteralPath $target
    if ($staged.ModuleVersion -ne $version) { throw "Stamping ModuleVersion $version into $target failed." }
}

function Copy-ModuleAssemblies {
    $binDir = Join-Path $RepoRoot "src/Cmdlets/bin/$Configuration/netstandard2.0"
    foreach ($required in 'DeepCopy.dll', 'DeepCopy.Core.dll') {
        if (-not (Test-Path -LiteralPath (Join-Path $binDir $required))) {
            throw "The build did not produce $required in $binDir."
        }
    }
    # PowerShell itself provides System.Management.Automation; shipping the reference copy would break the module.
    Get-ChildItem -LiteralPath $binDir -Filter '*.dll' -File |
        Where-Object Name -NE 'System.Management.Automation.dll' |
        Copy-Item -Destination $ModuleDir
}

function Copy-OptionalModuleFiles {
    # The licence travels with the module, so an installed copy says under which terms it was received.
    Copy-Item -LiteralPath (Join-Path $RepoRoot 'LICENSE') -Destination $ModuleDir

    $formatFile = Join-Path $RepoRoot 'src/Cmdlets/DeepCopy.Format.ps1xml'
    if (Test-Path -LiteralPath $formatFile) { Copy-Item -LiteralPath $formatFile -Destination $ModuleDir }

    # The .NET Framework version check Windows PowerShell 5.1 runs before the cmdlets load (NestedModules).
    Copy-Item -LiteralPath (Join-Path $RepoRoot 'src/Cmdlets/DeepCopy.Requirements.psm1') -Destination $ModuleDir

    # MAML help and about_ topics.
    $helpDir = Join-Path $RepoRoot 'docs/help/en-US'
    if (Test-Path -LiteralPath $helpDir) {
        $target = Join-Path $ModuleDir 'en-US'
        $null = New-Item -ItemType Directory -Path $target -Force
        Copy-Item -Path (Join-Path $helpDir '*') -Destination $target -Recurse
    }
}

function Assert-ListedFilesStaged {
    # A file the manifest lists but the folder lacks makes Import-Module fail on the user's machine; a format file
    # that is staged but not listed is silently ignored. Both are caught here, at build time.
    $manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $ModuleDir 'DeepCopy.psd1')
    $listed = @($manifest['FormatsToProcess']) + @($manifest['TypesToProcess']) + @($manifest['RequiredAssemblies']) +
        @($manifest['NestedModules']) + @($manifest['RootModule']) | Where-Object { $_ }
    foreach ($file in $listed) {
        if (-not (Test-Path -LiteralPath (Join-Path $ModuleDir $file))) {
            throw "DeepCopy.psd1 lists '$file', but the staged module has no such file."
        }
    }
    foreach ($format in Get-ChildItem -LiteralPath $ModuleDir -Filter '*.Format.ps1xml' -File) {
        if (@($manifest['FormatsToProcess']) -notcontains $format.Name) {
            Write-Warning "$($format.Name) is staged but not listed in FormatsToProcess in DeepCopy.psd1, so PowerShell will not load it."
        }
    }
}

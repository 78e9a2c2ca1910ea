#Requires -Version 7.2
# Member sets (Add-Member -MemberType MemberSet, PSStandardMembers): the notes inside are data, copied deeply and compared.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force

    function New-Service([object] $Config) {
        $source = [pscustomobject]@{ Name = 'svc' }
        $inner = [System.Management.Automation.PSMemberSet]::new('Inner', [System.Management.Automation.PSMemberInfo[]]@(
                [System.Management.Automation.PSNoteProperty]::new('Tags', [System.Collections.Generic.List[string]]@('a'))))
        $members = [System.Management.Automation.PSMemberInfo[]]@(
            [System.Management.Automation.PSNoteProperty]::new('Cfg', $Config),
            $inner,
            [System.Management.Automation.PSScriptMethod]::new('Retries', { $this.Settings.Cfg.retries }))
        Add-Member -InputObject $source -MemberType MemberSet -Name Settings -Value $members
        $source
    }
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copying member sets' {
    It 'copies the notes inside a member set deeply with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = New-Service @{ retries = 1 }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_
        $copy.Settings.Cfg.retries = 99
        $copy.Settings.Inner.Tags.Add('b')

        Should-Be -Expected 1 -Actual $source.Settings.Cfg.retries
        Should-BeInOrder -Expected @('a') -Actual @($source.Settings.Inner.Tags)
        Should-Be -Expected 99 -Actual $copy.Settings.Retries()
    }

    It 'is independent of its source by Compare-DeepObject -Independence with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = New-Service @{ retries = 1 }

        $copy = Copy-DeepObject -InputObject $source -Strategy $_

        Should-Be -Expected 0 -Actual @(Compare-DeepObject -ReferenceObject $source -DifferenceObject $copy -Independence).Count
    }

    It 'reports a non-copyable value inside a member set with its path with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = New-Service ([System.IO.MemoryStream]::new())

        $copy = Copy-DeepObject -InputObject $source -Strategy $_ -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-BeNull $copy
        Should-Be -Expected 'NonCopyableType,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-Be -Expected '$.Settings.Cfg' -Actual $failures[0].Exception.Path
    }

    It 'keeps the default columns of PSStandardMembers with <_>' -ForEach 'Reflection', 'Compiled', 'Pooled', 'Auto' {
        $source = [pscustomobject]@{ A = 1; B = 2; C = 3 }
        $standard = [System.Management.Automation.PSMemberInfo[]]@(
            [System.Management.Automation.PSPropertySet]::new('DefaultDisplayPropertySet', [string[]]@('A', 'C')),
            [System.Management.Automation.PSNoteProperty]::new('SerializationDepth', 3))
        Add-Member -InputObject $source -MemberType MemberSet -Name PSStandardMembers -Value $standard

        $copy = Copy-DeepObject -InputObject $source -Strategy $_

        Should-Be -Expected ($source | Format-Table | Out-String) -Actual ($copy | Format-Table | Out-String)
        Should-Be -Expected 3 -Actual $copy.PSStandardMembers.SerializationDepth
    }
}

Describe 'Comparing member sets' {
    It 'reports a changed note inside a member set' {
        $reference = New-Service @{ retries = 1 }
        $difference = New-Service @{ retries = 2 }

        $differences = @(Compare-DeepObject -ReferenceObject $reference -DifferenceObject $difference)

        Should-BeInOrder -Expected @("$.Settings.Cfg['retries']") -Actual @($differences.Path)
    }

    It 'reports a value a member set shares with -Independence' {
        $config = @{ retries = 1 }
        $reference = New-Service $config
        $difference = New-Service $config

        $differences = @(Compare-DeepObject -ReferenceObject $reference -DifferenceObject $difference -Independence)

        Should-BeInOrder -Expected @('$.Settings.Cfg') -Actual @($differences.Path)
    }
}

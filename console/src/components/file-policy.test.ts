import { defaultAttachmentPolicy as coreDefault, threeImagesOneDocumentPolicy } from "@ticketflow/core"
import { describe, expect, it } from "vitest"
import { defaultAttachmentPolicy, fileRefusal, formatBytes, isImage } from "./file-policy.ts"

const png = (name: string) => ({ name, size: 1000, type: "image/png" })
const pdf = (name: string) => ({ name, size: 1000, type: "application/pdf" })

describe("attachment policy in the browser", () => {
  it("enforces the 3 images + 1 document preset", () => {
    expect(fileRefusal(threeImagesOneDocumentPolicy, [png("a"), png("b"), png("c"), pdf("d")])).toBeNull()
    expect(fileRefusal(threeImagesOneDocumentPolicy, [png("a"), png("b"), png("c"), png("d")])).toEqual({ key: "tickets.create.tooManyImages", values: { count: 3 } })
    expect(fileRefusal(threeImagesOneDocumentPolicy, [png("a"), pdf("b"), pdf("c")])).toEqual({ key: "tickets.create.tooManyDocuments", values: { count: 1 } })
    expect(fileRefusal(threeImagesOneDocumentPolicy, [png("a"), png("b"), png("c"), pdf("d"), pdf("e")])).toEqual({ key: "tickets.create.tooManyFiles", values: { count: 4 } })
  })

  it("refuses a file over the size limit, naming it", () => {
    expect(fileRefusal(defaultAttachmentPolicy, [{ name: "big.zip", size: 26 * 1024 * 1024, type: "application/zip" }])).toEqual({
      key: "tickets.create.fileTooLarge",
      values: { name: "big.zip", size: "25 MB" },
    })
  })

  it("has no image/document split by default", () => {
    expect(fileRefusal(defaultAttachmentPolicy, [pdf("a"), pdf("b"), pdf("c"), png("d"), png("e")])).toBeNull()
  })

  it("knows images by type or name", () => {
    expect(isImage({ name: "x.JPG", type: "" })).toBe(true)
    expect(isImage({ name: "x.txt", type: "image/webp" })).toBe(true)
    expect(isImage({ name: "x.pdf", type: "application/pdf" })).toBe(false)
    expect(formatBytes(1536)).toBe("1.5 KB")
  })
})

describe("the console's copy of the default policy", () => {
  it("matches core's", () => {
    expect(defaultAttachmentPolicy).toEqual(coreDefault)
  })
})
